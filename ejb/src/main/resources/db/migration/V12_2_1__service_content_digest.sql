-- A service's own part of a request's content (a post's text and files, issue 12) is signed by its
-- approvers with the request's title, description and attachments: its SHA-256 is kept here.
alter table service_request add column service_sha256 varchar(64);
