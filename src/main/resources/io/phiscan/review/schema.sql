-- phiscan's tables, beside Spring Batch's job repository. Portable between H2 and PostgreSQL.

-- One row per audit, rescan or report run.
CREATE TABLE IF NOT EXISTS phiscan_run (
    run_id          VARCHAR(40)  NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    policy_version  VARCHAR(200) NOT NULL,
    inputs          TEXT         NOT NULL,
    out_dir         TEXT         NOT NULL
);

-- Every export a run read, with its reconciliation: records read = messages + skipped.
CREATE TABLE IF NOT EXISTS phiscan_run_input (
    run_id       VARCHAR(40)   NOT NULL,
    export_path  VARCHAR(2000) NOT NULL,
    platform     VARCHAR(20)   NOT NULL,
    account      VARCHAR(200)  NOT NULL,
    layout       VARCHAR(40)   NOT NULL,
    messages     BIGINT        NOT NULL,
    skipped      BIGINT        NOT NULL,
    encrypted    BIGINT        NOT NULL,
    notes        TEXT          NOT NULL,
    PRIMARY KEY (run_id, export_path)
);

-- Every record not ingested: where it was and why (never its text).
CREATE TABLE IF NOT EXISTS phiscan_skipped (
    run_id    VARCHAR(40)   NOT NULL,
    file      VARCHAR(2000) NOT NULL,
    position  VARCHAR(200)  NOT NULL,
    reason    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, file, position)
);

-- Findings under their stable ids; status survives later runs.
CREATE TABLE IF NOT EXISTS phiscan_finding (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    exchange_id     VARCHAR(80)  NOT NULL,
    platform        VARCHAR(20)  NOT NULL,
    account         VARCHAR(200) NOT NULL,
    severity        VARCHAR(10)  NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    policy_version  VARCHAR(200) NOT NULL,
    first_seen_run  VARCHAR(40)  NOT NULL,
    last_seen_run   VARCHAR(40)  NOT NULL,
    body            TEXT         NOT NULL
);

-- What each audit did with each part (file) of each export, in reading order (seq): READ it,
-- parsed it only to learn names for the parts after it (WARM), or found it UNCHANGED (same size
-- and SHA-256) since an earlier run and carried that reading's counts. Rows with part '' (mode
-- EXPORT) keep the run's exports in order. The latest completed audit's row is a part's fingerprint.
CREATE TABLE IF NOT EXISTS phiscan_run_part (
    run_id       VARCHAR(40)   NOT NULL,
    seq          INTEGER       NOT NULL,
    export_path  VARCHAR(2000) NOT NULL,
    part         VARCHAR(1000) NOT NULL,
    mode         VARCHAR(12)   NOT NULL,
    size         BIGINT        NOT NULL,
    modified     BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    read_in_run  VARCHAR(40)   NOT NULL,
    messages     BIGINT        NOT NULL,
    skipped      BIGINT        NOT NULL,
    encrypted    BIGINT        NOT NULL,
    PRIMARY KEY (run_id, export_path, part)
);
CREATE INDEX IF NOT EXISTS phiscan_run_part_file ON phiscan_run_part (export_path, part);

-- The findings each run's reports showed: the current picture of the run's accounts.
CREATE TABLE IF NOT EXISTS phiscan_run_finding (
    run_id      VARCHAR(40) NOT NULL,
    finding_id  VARCHAR(40) NOT NULL,
    PRIMARY KEY (run_id, finding_id)
);

-- What a run's scoring changed: new, raised-again, severity (detail: from>to), no-longer-raised.
CREATE TABLE IF NOT EXISTS phiscan_finding_change (
    run_id      VARCHAR(40) NOT NULL,
    finding_id  VARCHAR(40) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    detail      VARCHAR(40) NOT NULL,
    PRIMARY KEY (run_id, finding_id)
);

-- Findings whose exchange, scored again, is no longer a finding, and the run that found so.
CREATE TABLE IF NOT EXISTS phiscan_finding_cleared (
    finding_id  VARCHAR(40) NOT NULL PRIMARY KEY,
    run_id      VARCHAR(40) NOT NULL
);
