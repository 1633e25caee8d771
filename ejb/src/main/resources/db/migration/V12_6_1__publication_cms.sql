-- The outbound connector to the office's website (issue 12 part H3): what the CMS holds of a post,
-- so that a retry after the site was down updates what it created instead of posting twice. Each
-- remote id is written the moment the CMS answers, in a transaction of its own. Portable H2 2.2 /
-- PostgreSQL 15.
create table publication_cms (
    publication_id   bigint       primary key references publication (id),
    remote_post_id   varchar(40),
    pushed_at        timestamp with time zone,
    withdrawn_at     timestamp with time zone,
    opt_lock         bigint       not null default 0
);

create table publication_cms_media (
    publication_id   bigint       not null references publication_cms (publication_id),
    file_id          bigint       not null references publication_file (id),
    remote_media_id  varchar(40)  not null,
    constraint pk_publication_cms_media primary key (publication_id, file_id)
);
