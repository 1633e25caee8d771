-- The bench/ website publication data (issue 12 part H3), after seed.sql: every completed seeded
-- publication request becomes a post published when its request finished, in the six categories in
-- turn, approved and signed by the demo director; every third has a cover image (a 64 x 40 PNG) and
-- every fifth a PDF. About a tenth were unpublished again and a tenth have expired: the lists must
-- skip them. What the director signed (approved_sha256) is a stand-in here, not the digest the
-- application computes, so the seeded post pages say "differs from what was approved" (the bench
-- checks the pages' speed, not that proof; NewsPagesIT checks the proof).
\set ON_ERROR_STOP on
set client_min_messages = warning;
begin;

create temp table b_pub as
select r.id as rid, r.title, r.requester, r.submitted_at, r.finished_at,
       (row_number() over (order by r.finished_at, r.id) - 1)::int as k
from service_request r
join catalog_service_version v on v.id = r.version_id
join catalog_service s on s.id = v.service_id
where s.code = 'PUBLICATION' and r.status = 'COMPLETED'
  and not exists (select 1 from publication p where p.request_id = r.id);

insert into publication (request_id, owner, created_at, updated_at, category, title_th, title_en, summary,
  body_html, body_text, wanted_at, expires_at, propose_to, pd_student_names, pd_faces, pd_id_numbers,
  pd_consent, approved_sha256, approved_text, excerpt, published_at, approved_by, approved_at,
  verification_code, unpublished_at, unpublished_by, unpublish_reason, opt_lock)
select b.rid, b.requester, b.submitted_at - interval '1 day', b.finished_at,
  (array['NEWS','ANNOUNCEMENT','PROCUREMENT','JOB','DOCUMENT','ACTIVITY'])[1 + b.k % 6],
  b.title, case when b.k % 2 = 0 then 'Bench post ' || b.k end,
  'สรุปข่าวสำหรับการทดสอบประสิทธิภาพ หมายเลข ' || b.k,
  '<p>' || b.title || ' รายละเอียดของข่าวสำหรับการทดสอบประสิทธิภาพ (bench) หมายเลข ' || b.k || '</p>'
    || '<ul><li>กำหนดการ</li><li>ผู้เกี่ยวข้อง</li></ul>'
    || '<p><a href="https://www.sesaoret.go.th/" rel="noopener noreferrer">สพม.ร้อยเอ็ด</a></p>',
  b.title || ' รายละเอียดของข่าวสำหรับการทดสอบประสิทธิภาพ (bench) หมายเลข ' || b.k || ' กำหนดการ ผู้เกี่ยวข้อง สพม.ร้อยเอ็ด',
  b.finished_at,
  case when b.k % 10 = 7 then b.finished_at + interval '3 days' end,
  case when b.k % 3 = 0 then 'DIRECTOR' else 'DEPUTY_DIRECTOR' end,
  false, b.k % 4 = 0, false, case when b.k % 4 = 0 then 'HELD' else 'NOT_NEEDED' end,
  md5('approved ' || b.rid) || md5('digest ' || b.rid),
  b.title || E'\n\n' || 'สรุปข่าว' || E'\n' || 'เนื้อหา',
  null,
  b.finished_at,
  case when b.k % 3 = 0 then 'director' else 'deputy' end,
  b.finished_at - interval '2 days',
  upper(substr(md5('code ' || b.rid), 1, 4) || '-' || substr(md5('code ' || b.rid), 5, 4) || '-'
    || substr(md5('code ' || b.rid), 9, 4)),
  case when b.k % 10 = 3 then b.finished_at + interval '5 days' end,
  case when b.k % 10 = 3 then 'b.staff01' end,
  case when b.k % 10 = 3 then 'ข้อมูลไม่เป็นปัจจุบัน' end,
  0
from b_pub b;

create temp table b_pub_rows as
select p.id, b.k, b.finished_at from publication p join b_pub b on b.rid = p.request_id;

insert into publication_file (publication_id, position, filename, content_type, size_bytes, sha256, caption,
  content, added_at)
select r.id, 1, 'ภาพกิจกรรม-' || r.k || '.png', 'image/png', length(img.bytes), encode(sha256(img.bytes), 'hex'),
  'ภาพประกอบข่าว', img.bytes, r.finished_at - interval '3 days'
from b_pub_rows r
cross join (select decode('iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAIAAADBrGu+AAAAWUlEQVR4nO3PUQkAIBTAwJfESCYztCH8OITBAtxm7fN1wwUNaEEDWtCAFjSgBQ1oQQNa0IAWNKAFDWhBA1rQgBY0oAUNaEEDWtCAFjSgBQ1oQQNa0IAWPHYBIXKwiMEdTL0AAAAASUVORK5CYII=', 'base64') as bytes) img
where r.k % 3 = 0;

insert into publication_file (publication_id, position, filename, content_type, size_bytes, sha256, caption,
  content, added_at)
select r.id, 2, 'ประกาศ-' || r.k || '.pdf', 'application/pdf', length(pdf.bytes), encode(sha256(pdf.bytes), 'hex'),
  null, pdf.bytes, r.finished_at - interval '3 days'
from b_pub_rows r
cross join (select convert_to(E'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'UTF8') as bytes) pdf
where r.k % 5 = 0;

update publication p set cover_file_id = f.id
from publication_file f, b_pub_rows r
where f.publication_id = p.id and r.id = p.id and f.content_type = 'image/png';

-- the body shows its cover too, as the editor puts an own image: attachment:ID
update publication p set body_html = p.body_html || '<p><img src="attachment:' || p.cover_file_id || '" alt="ภาพประกอบ" /></p>'
from b_pub_rows r where r.id = p.id and p.cover_file_id is not null;

-- one open post whose preview link is live at a known token (the bench page news-preview, read by
-- its requester): the token is BenchPreviewToken00001 (22 characters, URL-safe), kept as its
-- SHA-256 like any other; the request is open at the requester's check
insert into publication (request_id, owner, created_at, updated_at, category, title_th, summary,
  body_html, body_text, wanted_at, propose_to, pd_student_names, pd_faces, pd_id_numbers, pd_consent,
  excerpt, preview_token, preview_issued_at, opt_lock)
select r.id, r.requester, r.submitted_at - interval '1 day', r.submitted_at, 'NEWS', r.title,
  'ตัวอย่างข่าวก่อนเผยแพร่ (bench)',
  '<p>' || r.title || ' ตัวอย่างก่อนเผยแพร่</p><ul><li>กำหนดการ</li><li>ผู้เกี่ยวข้อง</li></ul>',
  r.title || ' ตัวอย่างก่อนเผยแพร่ กำหนดการ ผู้เกี่ยวข้อง',
  r.submitted_at + interval '7 days', 'DEPUTY_DIRECTOR', false, false, false, 'NOT_NEEDED',
  'ตัวอย่างข่าวก่อนเผยแพร่', encode(sha256(convert_to('BenchPreviewToken00001', 'UTF8')), 'hex'),
  now(), 0
from service_request r
join catalog_service_version v on v.id = r.version_id
join catalog_service s on s.id = v.service_id
where s.code = 'PUBLICATION' and r.status = 'OPEN'
  and not exists (select 1 from publication p where p.request_id = r.id)
order by r.id
limit 1;

commit;
analyze publication;
analyze publication_file;
