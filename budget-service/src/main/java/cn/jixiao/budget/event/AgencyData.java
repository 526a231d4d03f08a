package cn.jixiao.budget.event;

/** {@code data} of AgencyRegistered and AgencyUpdated: the agency as it is after the change. */
public record AgencyData(String agencyCode, String agencyName, String mofDivCode, int authorizedStaff,
        int actualStaff) {
}
