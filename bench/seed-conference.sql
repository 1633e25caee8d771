-- The bench/ conference data (issue 11), after seed.sql: four bench rooms, and a booking for every
-- seeded video-conference request, dense and without overlaps: eight meetings a day (four rooms,
-- 09:00-12:00 and 13:00-16:00, each occupying its room from set-up at 08:30 / 12:30 to post-check
-- at 12:30 / 16:30), in the order the requests were filed, from 200 days ago on. At 10,000
-- requests that is 2,500 bookings over about 312 days, the finished ones in the past, the open
-- ones ahead. Four concurrent meetings never share an operator (b.staff01..24 by slot). The
-- occupied rows are written like the application writes them, so PostgreSQL's exclusion
-- constraint checks the seed too.
\set ON_ERROR_STOP on
set client_min_messages = warning;
begin;

insert into conference_room (name, place, capacity, fixed_equipment, colour, active, opt_lock)
select 'ห้องประชุมทดสอบ ' || g, 'อาคารทดสอบ ชั้น ' || g, 20 + g * 10, 'จอภาพและระบบเสียง',
       (array['#8250df', '#bf3989', '#cf222e', '#9a6700'])[g], true, 0
from generate_series(1, 4) g;
create temp table b_room as
select id, row_number() over (order by id) - 1 as idx from conference_room where name like 'ห้องประชุมทดสอบ %';
insert into conference_item (kind, name, asset_no, room_id, active, opt_lock)
select 'KIT', 'ชุดประชุมทางไกลทดสอบ ' || (idx + 1), 'B-7440-' || (idx + 1), id, true, 0 from b_room;

create temp table b_conf as
select r.id as rid, r.status, (row_number() over (order by r.submitted_at, r.id) - 1)::int as k
from service_request r
join catalog_service_version v on v.id = r.version_id
join catalog_service s on s.id = v.service_id
where s.code = 'VIDEO_CONFERENCE'
  and not exists (select 1 from conference_booking b where b.request_id = r.id);

create temp table b_book as
select c.rid, c.status, c.k, rm.id as room_id,
       ((current_date - 200 + c.k / 8)::timestamp
         + case when c.k % 8 < 4 then interval '9 hours' else interval '13 hours' end)
         at time zone 'Asia/Bangkok' as start_at,
       'b.staff' || lpad((1 + (c.k % 4) + 4 * ((c.k / 8) % 6))::text, 2, '0') as operator
from b_conf c join b_room rm on rm.idx = c.k % 4;

insert into conference_booking (request_id, room_id, meeting_start, meeting_end, occupied_from,
  occupied_until, attendees, chairperson, platform, meeting_link, broadcast, contact_phone, operator,
  operator_set_at, cancelled_at, sequence_no, opt_lock)
select rid, room_id, start_at, start_at + interval '3 hours', start_at - interval '30 minutes',
       start_at + interval '3 hours 30 minutes', 20 + k % 30, 'ประธานการประชุม', 'ZOOM',
       'https://zoom.us/j/' || (1000000 + k), false, '043-511-000', operator,
       start_at - interval '3 days', case when status = 'CANCELLED' then start_at - interval '1 day' end,
       0, 0
from b_book;
insert into conference_booking_item (request_id, item_id)
select b.rid, i.id from b_book b join conference_item i on i.room_id = b.room_id where i.asset_no like 'B-7440-%';

insert into conference_occupancy (request_id, resource, starts_at, ends_at)
select rid, x.resource, start_at - interval '30 minutes', start_at + interval '3 hours 30 minutes'
from b_book b
cross join lateral (values ('room:' || b.room_id), ('operator:' || b.operator),
  ('item:' || (select i.id from conference_item i where i.room_id = b.room_id and i.asset_no like 'B-7440-%'))) x(resource)
where b.status <> 'CANCELLED';

-- steps 2-4 on the booking's clock, as the application books them
update step_instance s set
  booked_start = case s.step_order when 2 then b.start_at - interval '30 minutes' when 3 then b.start_at
                 else b.start_at + interval '3 hours' end,
  booked_due   = case s.step_order when 2 then b.start_at when 3 then b.start_at + interval '3 hours'
                 else b.start_at + interval '3 hours 30 minutes' end,
  assignee = case when s.finished_at is null then b.operator else s.assignee end
from b_book b
where s.request_id = b.rid and s.step_order >= 2;
update step_instance s set due_at = booked_due
from b_book b where s.request_id = b.rid and s.step_order >= 2 and s.started_at is not null;

commit;
analyze conference_booking;
analyze conference_occupancy;
