-- Each step of a service has a stable key (issue 9): features find their steps by key, never by
-- number, so a new version that inserts a step does not shift a feature's own steps.
alter table catalog_step add column step_key varchar(60);

update catalog_step set step_key = (
  select case s.code
    when 'PUBLICATION' then
      case catalog_step.step_order
        when 1 then 'publication.prepare' when 2 then 'publication.form'
        when 3 then 'publication.propose' when 4 then 'publication.sign'
        when 5 then 'publication.draft' when 6 then 'publication.check'
        when 7 then 'publication.publish' end
    when 'VIDEO_CONFERENCE' then
      case catalog_step.step_order
        when 1 then 'conference.arrange' when 2 then 'conference.setup'
        when 3 then 'conference.run' when 4 then 'conference.postcheck' end
    when 'REPAIR' then
      case catalog_step.step_order
        when 1 then 'repair.form' when 2 then 'repair.intake' when 3 then 'repair.order'
        when 4 then 'repair.work' when 5 then 'repair.report' end
  end
  from catalog_service_version v
  join catalog_service s on s.id = v.service_id
  where v.id = catalog_step.version_id);

-- any step of another service (none in the seed) keeps a key of its own number
update catalog_step set step_key = 'step.' || step_order where step_key is null;

alter table catalog_step alter column step_key set not null;
alter table catalog_step add constraint uq_catalog_step_key unique (version_id, step_key);
