-- The bench/ data set, set-based (psql; PostgreSQL only). Run on a database Flyway has migrated
-- (the app's first deploy does it), by bench/seed:  psql -v n=10000 -f bench/seed.sql
--
-- :n requests over the two years before now. The open work does not grow with the history: at
-- n >= 10,000 there are always 4,500 open requests (1,000 at the ICT group director's approval,
-- 800 at the clerk's intake, 1,000 with a technician, 500 awaiting the report, 700 publications
-- in their approval, drafting and checking steps, 500 booked meetings); below 10,000 they scale
-- down. The rest is finished history: 90 % completed, 5 % rejected, 5 % cancelled. The heaviest
-- requester, b.req001, has 413 requests whatever n is; the others share the rest.
--
-- 300 people, all with the demo password Dlict@2569: b.req001..b.req268 (REQUESTER),
-- b.staff01..b.staff24 (STAFF, technicians), b.clerk1..b.clerk3 (CLERK), b.gdir1, b.gdir2
-- (GROUP_DIRECTOR), b.deputy (DEPUTY_DIRECTOR), b.director (DIRECTOR), b.admin (ADMIN).
\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;

begin;

-- refuse to seed twice (the ids below are dense from the current maximum, but people are unique)
do $$ begin
  if exists (select 1 from person where username = 'b.req001') then
    raise exception 'this database is already seeded (person b.req001 exists)';
  end if;
end $$;

create temp table seed_param as
select :n::int as n,
       least(4500, (:n * 45) / 100)::int as open_n,
       now() as t_now;

-- ---------------------------------------------------------------- people
create temp table seed_first (i int, name text);
insert into seed_first
select row_number() over (), x from unnest(array[
  'สมชาย','สมหญิง','วิไลวรรณ','ประเสริฐ','สุดารัตน์','ธนากร','กัญญา','อนุชา','พรทิพย์','วีระพงษ์',
  'นิภาพร','สุริยา','จิราพร','ชัยวัฒน์','อรุณี','ปิยะพงษ์','มาลัย','ศักดิ์ชัย','รัตนา','บุญเรือง']) x;
create temp table seed_last (i int, name text);
insert into seed_last
select row_number() over (), x from unnest(array[
  'ศรีสุข','ใจดี','พลเยี่ยม','แก้วมณี','บุญมา','ทองดี','สุวรรณศรี','ชัยมงคล','ศรีวงษ์','ภูมิโคกรักษ์',
  'วงศ์ใหญ่','จันทร์หอม','มีสุข','พรหมวงศ์','อินทร์แก้ว']) x;

create temp table seed_person (username text, role text, k int);
insert into seed_person select 'b.req' || lpad(g::text, 3, '0'), 'REQUESTER', g from generate_series(1, 268) g;
insert into seed_person select 'b.staff' || lpad(g::text, 2, '0'), 'STAFF', 268 + g from generate_series(1, 24) g;
insert into seed_person select 'b.clerk' || g, 'CLERK', 292 + g from generate_series(1, 3) g;
insert into seed_person values ('b.gdir1', 'GROUP_DIRECTOR', 296), ('b.gdir2', 'GROUP_DIRECTOR', 297),
  ('b.deputy', 'DEPUTY_DIRECTOR', 298), ('b.director', 'DIRECTOR', 299), ('b.admin', 'ADMIN', 300);

insert into person (username, full_name, email, password_hash, active, failed_attempts, language, created_at)
select p.username,
       case p.role when 'STAFF' then 'นาย' when 'REQUESTER' then (array['นาย','นาง','นางสาว'])[1 + p.k % 3]
                   else 'นาง' end || f.name || ' ' || l.name,
       p.username || '@bench.sesaoret.go.th',
       coalesce((select password_hash from person where username = 'requester'),
                'PBKDF2WithHmacSHA512:210000:2itZlDevOwqBE5oVhxRFWq+dIyZm+Q98T2O4S7MkHQM=:EBNIs9zwNPC7vA9Q09YZW0dM+a6j6ore7lOpLOlhrgYaHhahE+5F+yuHzsSKwGUQs+pA2QKqPYtXBRCDIsW94g=='),
       true, 0, case when p.k % 5 = 0 then 'en' else 'th' end, (select t_now from seed_param) - interval '800 days'
from seed_person p
join seed_first f on f.i = 1 + p.k % 20
join seed_last l on l.i = 1 + (p.k * 7) % 15;

insert into person_role (person_id, role)
select pe.id, p.role from seed_person p join person pe on pe.username = p.username;

-- ---------------------------------------------------------------- the plan: one row per request
-- kind: the open bucket (GD, CLERK, WORK, REPORT, PUB, CONF) or the history (DONE, REJECT, CANCEL)
create temp table seed_plan as
with p as (select * from seed_param),
g as (select i from generate_series(1, (select n from seed_param)) i)
select g.i,
  case
    when g.i <= p.open_n * 1000 / 4500 then 'GD'
    when g.i <= p.open_n * 1800 / 4500 then 'CLERK'
    when g.i <= p.open_n * 2800 / 4500 then 'WORK'
    when g.i <= p.open_n * 3300 / 4500 then 'REPORT'
    when g.i <= p.open_n * 4000 / 4500 then 'PUB'
    when g.i <= p.open_n then 'CONF'
    when g.i % 20 = 0 then 'REJECT'
    when g.i % 20 = 1 then 'CANCEL'
    else 'DONE' end as kind,
  g.i <= p.open_n as is_open
from g cross join p;

alter table seed_plan add column service text, add column cur int, add column submitted timestamptz,
  add column requester text, add column filed_by text, add column stop_at int;

-- service of the history: 55 % repair, 20 % publication, 25 % conference
update seed_plan set service = case
  when kind in ('GD','CLERK','WORK','REPORT') then 'REPAIR'
  when kind = 'PUB' then 'PUBLICATION'
  when kind = 'CONF' then 'VIDEO_CONFERENCE'
  when i % 20 < 11 then 'REPAIR' when i % 20 < 15 then 'PUBLICATION' else 'VIDEO_CONFERENCE' end;

update seed_plan set cur = case kind
  when 'GD' then 3 when 'CLERK' then 2 when 'WORK' then 4 when 'REPORT' then 5
  when 'PUB' then 3 + i % 5 when 'CONF' then 2 else null end;

-- the step the history stopped at: rejected at its approval step, cancelled at step 2
update seed_plan set stop_at = case
  when kind = 'REJECT' and service = 'REPAIR' then 3
  when kind = 'REJECT' and service = 'PUBLICATION' then 4
  when kind = 'REJECT' then 2
  when kind = 'CANCEL' then 2 else null end;
-- a meeting has no approval: a rejected one becomes a cancelled one
update seed_plan set kind = 'CANCEL' where kind = 'REJECT' and service = 'VIDEO_CONFERENCE';

-- office hours in Bangkok (08:30-16:00), the open work in the last 40 days, the history over two years
update seed_plan set submitted =
  date_trunc('day', (select t_now from seed_param) at time zone 'Asia/Bangkok'
     - ((case when is_open then (i * 37) % 40 else 40 + (i::bigint * 7919) % 690 end) || ' days')::interval)
  at time zone 'Asia/Bangkok' + interval '8 hours 30 minutes' + ((i * 13) % 450 || ' minutes')::interval;

update seed_plan set requester = 'b.req' || lpad((2 + (i::bigint * 7919) % 267)::text, 3, '0');
update seed_plan set requester = 'b.req001'
 where i in (select i from seed_plan order by md5(i::text) limit 413);
update seed_plan set filed_by = 'b.clerk' || (1 + i % 3) where i % 10 = 3;

-- ---------------------------------------------------------------- requests
create temp table seed_base as
select coalesce((select max(id) from service_request), 0) as req0,
       coalesce((select max(id) from step_instance), 0) as step0;

create temp table seed_version as
select s.code, v.id as version_id, s.number_prefix,
       (select max(c.step_order) from catalog_step c where c.version_id = v.id) as last_step
from catalog_service s join catalog_service_version v on v.service_id = s.id and v.is_current;
create index on seed_plan (i);
analyze seed_plan;

-- steps: timing per step of each request (4 office hours apart in the history)
create temp table seed_step as
select pl.i, cs.id as definition_id, cs.step_order, cs.acting_role, cs.step_key, cs.std_min, cs.std_unit,
  pl.submitted + ((cs.step_order - 1) * 4 || ' hours')::interval as started,
  case cs.std_unit when 'MINUTES' then (cs.std_min || ' minutes')::interval
                   when 'HOURS' then (cs.std_min || ' hours')::interval
                   else (cs.std_min || ' days')::interval end as std
from seed_plan pl
join seed_version v on v.code = pl.service
join catalog_step cs on cs.version_id = v.version_id;

alter table seed_step add column state text, add column assignee text;
create index on seed_step (i, step_order);
analyze seed_step;
-- DONE: finished; RUN: the current step; WAIT: not started
update seed_step st set state = case
  when pl.is_open and st.step_order < pl.cur then 'DONE'
  when pl.is_open and st.step_order = pl.cur then 'RUN'
  when pl.is_open then 'WAIT'
  when pl.stop_at is null then 'DONE'
  when st.step_order <= pl.stop_at then 'DONE'
  else 'WAIT' end
from seed_plan pl where pl.i = st.i;

update seed_step st set assignee = 'b.staff' || lpad((1 + (st.i * 31) % 24)::text, 2, '0')
where st.acting_role = 'STAFF' and st.state <> 'WAIT';

-- open work: started within the last 40 days, spread back from now so some is overdue
update seed_step st set started = (select t_now from seed_param)
   - (((st.i * 53) % (case when st.std > interval '1 day' then 4320 else 300 end)) || ' minutes')::interval
from seed_plan pl where pl.i = st.i and st.state = 'RUN';

insert into service_request (id, request_no, version_id, requester, filed_by, title, description, status,
                             submitted_at, finished_at, current_step, opt_lock)
select b.req0 + pl.i,
  v.number_prefix || '.' || to_char(row_number() over (partition by pl.service,
       extract(year from pl.submitted at time zone 'Asia/Bangkok') order by pl.submitted, pl.i), 'FM9999990000')
    || '/' || (extract(year from pl.submitted at time zone 'Asia/Bangkok')::int + 543),
  v.version_id, pl.requester, pl.filed_by,
  case pl.service
    when 'REPAIR' then (array['เครื่องคอมพิวเตอร์เปิดไม่ติด','เครื่องพิมพ์กระดาษติด','อินเทอร์เน็ตใช้งานไม่ได้',
      'โปรแกรม e-Office ค้าง','จอภาพไม่แสดงผล','ติดตั้งโปรแกรมสำนักงาน'])[1 + pl.i % 6] || ' ห้อง ' || (100 + pl.i % 60)
    when 'PUBLICATION' then (array['ประกาศรับสมัครครูอัตราจ้าง','ข่าวประชาสัมพันธ์กิจกรรม','ประกาศผลการคัดเลือก',
      'ประกาศจัดซื้อจัดจ้าง'])[1 + pl.i % 4] || ' ครั้งที่ ' || (1 + pl.i % 12)
    else (array['ประชุมผู้บริหารสถานศึกษา','ประชุมคณะทำงาน ITA','อบรมครูออนไลน์'])[1 + pl.i % 3]
      || ' ครั้งที่ ' || (1 + pl.i % 12) end,
  'รายละเอียดคำขอสำหรับการทดสอบประสิทธิภาพ (bench) หมายเลข ' || pl.i,
  case when pl.is_open then 'OPEN' when pl.kind = 'REJECT' then 'REJECTED'
       when pl.kind = 'CANCEL' then 'CANCELLED' else 'COMPLETED' end,
  pl.submitted,
  case when pl.is_open then null
       else pl.submitted + ((coalesce(pl.stop_at, v.last_step) * 4) || ' hours')::interval end,
  case when pl.is_open then pl.cur else null end,
  0
from seed_plan pl cross join seed_base b join seed_version v on v.code = pl.service;

insert into step_instance (id, request_id, definition_id, step_order, acting_role, assignee, round_no,
  started_at, due_at, finished_at, outcome, actor, paused_at, paused_working_minutes, warned_at, escalated_at,
  on_time, late_by_minutes, opt_lock)
select b.step0 + row_number() over (order by st.i, st.step_order), b.req0 + st.i, st.definition_id,
  st.step_order, st.acting_role, st.assignee, 1,
  case when st.state = 'WAIT' then null else st.started end,
  case when st.state = 'WAIT' then null else st.started + st.std end,
  case when st.state = 'DONE' then st.started + st.std * (0.5 + (st.i % 7) * 0.15) end,
  case when st.state <> 'DONE' then null
       when pl.kind = 'REJECT' and st.step_order = pl.stop_at then 'REJECTED'
       when st.acting_role in ('GROUP_DIRECTOR','DEPUTY_DIRECTOR','DIRECTOR') then 'APPROVED'
       else 'COMPLETED' end,
  case when st.state <> 'DONE' then null
       when st.acting_role = 'REQUESTER' then pl.requester
       when st.acting_role = 'STAFF' then st.assignee
       when st.acting_role = 'CLERK' then 'b.clerk' || (1 + st.i % 3)
       when st.acting_role = 'GROUP_DIRECTOR' then 'b.gdir' || (1 + st.i % 2)
       when st.acting_role = 'DEPUTY_DIRECTOR' then 'b.deputy'
       else 'b.director' end,
  case when st.state = 'RUN' and pl.kind = 'WORK' and st.i % 20 = 0 then st.started + interval '1 hour' end,
  0,
  case when st.state = 'RUN' and st.started + st.std * 0.75 < (select t_now from seed_param)
       then st.started + st.std * 0.75 end,
  case when st.state = 'RUN' and st.started + st.std < (select t_now from seed_param)
       then st.started + st.std end,
  case when st.state = 'DONE' then (0.5 + (st.i % 7) * 0.15) <= 1 end,
  case when st.state = 'DONE' and (0.5 + (st.i % 7) * 0.15) > 1
       then (extract(epoch from st.std * ((st.i % 7) * 0.15 - 0.5)) / 60)::bigint end,
  0
from seed_step st join seed_plan pl on pl.i = st.i cross join seed_base b;

-- meetings: steps 2-4 on the booking clock (setup 30 min before, run 3 h, check 30 min after)
update step_instance s set
  booked_start = x.meet + case s.step_order when 2 then interval '-30 minutes' when 3 then interval '0' else interval '3 hours' end,
  booked_due   = x.meet + case s.step_order when 2 then interval '0' when 3 then interval '3 hours' else interval '3 hours 30 minutes' end
from (select b.req0 + pl.i as rid,
             date_trunc('day', pl.submitted) + interval '3 days 2 hours 30 minutes' as meet
      from seed_plan pl cross join seed_base b where pl.service = 'VIDEO_CONFERENCE') x
where s.request_id = x.rid and s.step_order >= 2;
update step_instance s set due_at = booked_due
from seed_plan pl cross join seed_base b
where pl.service = 'VIDEO_CONFERENCE' and s.request_id = b.req0 + pl.i and s.step_order >= 2 and s.started_at is not null;

analyze service_request;
analyze step_instance;

-- the SLA scan's next moment (issue 10's sla_next_at), where the schema has it: the warning at 75 %
do $$ begin
  if exists (select 1 from information_schema.columns
             where table_name = 'step_instance' and column_name = 'sla_next_at') then
    execute 'update step_instance set sla_next_at = case when warned_at is null'
         || ' then started_at + (due_at - started_at) * 0.75 else due_at end'
         || ' where id > (select step0 from seed_base) and finished_at is null'
         || ' and started_at is not null and due_at is not null and escalated_at is null';
  end if;
end $$;

-- ---------------------------------------------------------------- repair jobs
insert into repair_job (request_id, kind, equipment_type, asset_no, serial_no, building, room, urgency,
  contact_phone, channel, receipt_no, received_at, received_by, forwarded_to, technician, ordered_by, ordered_at,
  accepted_at, resolution, resolution_note, resolved_at, report, reported_at, close_due_at, confirmation, rating,
  closed_at, reopen_count, opt_lock)
select r.id,
  case when pl.i % 4 = 0 then 'SOFTWARE' else 'HARDWARE' end,
  case when pl.i % 4 = 0 then 'SOFTWARE'
       else (array['DESKTOP','NOTEBOOK','MONITOR','PRINTER','SCANNER','PROJECTOR','NETWORK','UPS'])[1 + pl.i % 8] end,
  case when pl.i % 4 <> 0 then 'สพม.รอ-' || (7440 + pl.i % 50) || '-' || lpad((pl.i % 900)::text, 4, '0') end,
  null,
  'อาคาร ' || (1 + pl.i % 3), 'ห้อง ' || (100 + pl.i % 60),
  (array['NORMAL','NORMAL','URGENT','VERY_URGENT'])[1 + pl.i % 4],
  '043-51' || lpad((pl.i % 10000)::text, 4, '0'),
  case when pl.i % 5 = 0 then 'ICT_ROOM' else 'ONLINE' end,
  case when s2.finished_at is not null then 'ร' || to_char(pl.i, 'FM9990000000') end,
  s2.finished_at, s2.actor,
  case when s2.finished_at is not null then 'GROUP_DIRECTOR' end,
  s4.assignee, s3.actor, s3.finished_at,
  case when s4.started_at is not null then s4.started_at + interval '20 minutes' end,
  case when s4.finished_at is not null then 'REPAIRED' end,
  case when s4.finished_at is not null then 'เปลี่ยนอะไหล่และทดสอบการใช้งานเรียบร้อย' end,
  s4.finished_at,
  case when s5.finished_at is not null then 'ตรวจสอบแล้ว ใช้งานได้ปกติ' end,
  s5.finished_at,
  case when s5.finished_at is not null then s5.finished_at + interval '3 days' end,
  case when r.status = 'COMPLETED' then 'CONFIRMED' end,
  case when r.status = 'COMPLETED' then 3 + pl.i % 3 end,
  case when r.status = 'COMPLETED' then r.finished_at end,
  0, 0
from seed_plan pl cross join seed_base b
join service_request r on r.id = b.req0 + pl.i
join step_instance s2 on s2.request_id = r.id and s2.step_order = 2
join step_instance s3 on s3.request_id = r.id and s3.step_order = 3
join step_instance s4 on s4.request_id = r.id and s4.step_order = 4
join step_instance s5 on s5.request_id = r.id and s5.step_order = 5
where pl.service = 'REPAIR';

insert into repair_work_log (request_id, entry_kind, logged_at, technician, work_done, minutes_spent)
select j.request_id, 'ACCEPTED', j.accepted_at, j.technician, null, null
from repair_job j cross join seed_base b where j.request_id > b.req0 and j.accepted_at is not null;
insert into repair_work_log (request_id, entry_kind, logged_at, technician, work_done, minutes_spent)
select j.request_id, 'RESOLVED', j.resolved_at, j.technician, 'ตรวจสอบและแก้ไขเรียบร้อย', 45
from repair_job j cross join seed_base b where j.request_id > b.req0 and j.resolved_at is not null;

analyze repair_job;

-- ---------------------------------------------------------------- approvals (signed steps)
insert into approval (request_id, step_id, approver, approved_at, source_ip, decision, acting_for, content_sha256, voided)
select s.request_id, s.id, s.actor, s.finished_at, '10.0.0.' || (s.request_id % 250), s.outcome, null,
  md5(s.request_id::text) || md5(s.id::text), false
from step_instance s cross join seed_base b
where s.request_id > b.req0 and s.outcome in ('APPROVED', 'REJECTED');

-- ---------------------------------------------------------------- audit: the filing and every finished step
insert into audit_entry (occurred_at, username, source_ip, action, request_id, target, before_state, after_state, detail)
select r.submitted_at, coalesce(r.filed_by, r.requester), '10.0.1.' || (r.id % 250), 'REQUEST_SUBMIT', r.id,
  r.request_no, null, 'OPEN@1', null
from service_request r cross join seed_base b where r.id > b.req0;
insert into audit_entry (occurred_at, username, source_ip, action, request_id, target, before_state, after_state, detail)
select s.finished_at, s.actor, '10.0.1.' || (s.request_id % 250),
  case s.outcome when 'APPROVED' then 'STEP_APPROVE' when 'REJECTED' then 'STEP_REJECT' else 'STEP_COMPLETE' end,
  s.request_id, r.request_no, 'OPEN@' || s.step_order, 'OPEN@' || (s.step_order + 1), null
from step_instance s join service_request r on r.id = s.request_id cross join seed_base b
where s.request_id > b.req0 and s.finished_at is not null;

-- ---------------------------------------------------------------- inbox: a notice per started step to
-- whoever acts on it (every holder of the role when nobody is assigned), and the requester's completion
insert into inbox_entry (recipient, kind, request_id, request_number, step_order, notice_key, created_at, read_at,
                         round_no, handled_at, handled_by, handled_as)
select who.username,
  case when s.acting_role in ('GROUP_DIRECTOR','DEPUTY_DIRECTOR','DIRECTOR') then 'APPROVAL_NEEDED' else 'STEP_WAITING' end,
  s.request_id, r.request_no, s.step_order,
  'bench:' || s.id || ':' || who.username, s.started_at,
  case when s.finished_at is not null then s.started_at + interval '10 minutes' end,
  1, s.finished_at, s.actor, case when s.finished_at is not null then s.acting_role end
from step_instance s join service_request r on r.id = s.request_id cross join seed_base b
join lateral (
  select s.assignee as username where s.assignee is not null
  union all
  select r.requester where s.assignee is null and s.acting_role = 'REQUESTER'
  union all
  select sp.username from seed_person sp where s.assignee is null and sp.role = s.acting_role and s.acting_role <> 'REQUESTER'
) who on true
where s.request_id > b.req0 and s.started_at is not null;

insert into inbox_entry (recipient, kind, request_id, request_number, step_order, notice_key, created_at, read_at, round_no)
select r.requester, 'REQUEST_COMPLETED', r.id, r.request_no, 0, 'bench:done:' || r.id, r.finished_at,
  case when r.id % 3 <> 0 then r.finished_at + interval '1 hour' end, 1
from service_request r cross join seed_base b where r.id > b.req0 and r.status = 'COMPLETED';

-- what the requester is told along the way: each signed approval, and each staff step done
insert into inbox_entry (recipient, kind, request_id, request_number, step_order, notice_key, created_at, read_at, round_no)
select r.requester, case s.outcome when 'APPROVED' then 'APPROVED' when 'REJECTED' then 'REJECTED' else 'STEP_COMPLETED' end,
  r.id, r.request_no, s.step_order, 'bench:told:' || s.id, s.finished_at,
  case when s.id % 4 <> 0 then s.finished_at + interval '2 hours' end, 1
from step_instance s join service_request r on r.id = s.request_id cross join seed_base b
where s.request_id > b.req0 and s.finished_at is not null
  and (s.outcome in ('APPROVED', 'REJECTED') or s.acting_role = 'STAFF');

-- ---------------------------------------------------------------- acting officials: past appointments
insert into acting_official (acting_role, username, valid_from, valid_to, appointed_by, appointed_at)
select 'DIRECTOR', 'b.deputy', (current_date - g * 30), (current_date - g * 30 + 4), 'b.admin', now() - (g * 30 || ' days')::interval
from generate_series(2, 20) g;

-- ---------------------------------------------------------------- request numbers go on from here
insert into request_counter (service_code, buddhist_year, last_no)
select v.code, y.be, y.n
from seed_version v
join (select pl.service, extract(year from pl.submitted at time zone 'Asia/Bangkok')::int + 543 as be, count(*)::int as n
      from seed_plan pl group by 1, 2) y on y.service = v.code
on conflict (service_code, buddhist_year) do update set last_no = request_counter.last_no + excluded.last_no;

select setval(pg_get_serial_sequence('service_request', 'id'), (select max(id) from service_request));
select setval(pg_get_serial_sequence('step_instance', 'id'), (select max(id) from step_instance));

commit;

analyze;
