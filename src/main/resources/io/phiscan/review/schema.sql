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

-- The SHA-256 of each run's manifest.sha256, recorded when it was written: `verify` tells an
-- altered manifest from the one the run wrote.
CREATE TABLE IF NOT EXISTS phiscan_manifest (
    run_id   VARCHAR(40)  NOT NULL PRIMARY KEY,
    sha256   VARCHAR(64)  NOT NULL
);
