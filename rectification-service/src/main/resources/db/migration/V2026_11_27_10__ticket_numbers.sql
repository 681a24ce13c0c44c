-- Human numbers T-<year>-<nnnn>: one counter per year, never reused.
create table number_counter (
    year    int    primary key,
    last    int    not null,
    version bigint not null default 0
);
