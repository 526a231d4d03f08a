package cn.jixiao.budget.api;

/** Body of {@code PUT /api/v1/agencies/{agencyCode}}; in a batch each item also names its {@code agencyCode}. */
public record AgencyRequest(
        String agencyCode,
        String agencyName,
        String mofDivCode,
        Integer authorizedStaff,
        Integer actualStaff) {

    public AgencyRequest withAgencyCode(String code) {
        return new AgencyRequest(code, agencyName, mofDivCode, authorizedStaff, actualStaff);
    }
}
