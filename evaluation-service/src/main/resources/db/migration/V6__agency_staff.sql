-- 编制数 and 实有人数 from AgencyRegistered/AgencyUpdated, for measure expressions (authorizedStaff, actualStaff).
-- Null for agencies whose registration was applied before; a rebuild fills them.
alter table ledger_position add column authorized_staff integer;
alter table ledger_position add column actual_staff integer;
