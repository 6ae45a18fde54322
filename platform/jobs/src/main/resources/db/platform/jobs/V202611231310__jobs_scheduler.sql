-- db-scheduler's table (its MariaDB schema): one row per recurring task; a node claims a due run by a
-- versioned update, so two nodes never run the same job at once.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BLOB,
  execution_time       TIMESTAMP(6) NOT NULL,
  picked               BOOLEAN      NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMP(6) NULL,
  last_failure         TIMESTAMP(6) NULL,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP(6) NULL,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance),
  INDEX execution_time_idx (execution_time),
  INDEX last_heartbeat_idx (last_heartbeat),
  INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE = InnoDB;

-- Every run of a job for a tenant: when, how it ended, what it did.
CREATE TABLE job_run (
  id          BIGINT        NOT NULL PRIMARY KEY,
  job         VARCHAR(60)   NOT NULL,
  tenant_slug VARCHAR(40)   NOT NULL,
  trigger_by  VARCHAR(160)  NOT NULL,
  started_at  DATETIME(6)   NOT NULL,
  finished_at DATETIME(6)   NOT NULL,
  outcome     VARCHAR(10)   NOT NULL,
  summary     VARCHAR(2000) NULL,
  KEY ix_job_run_job (job, started_at),
  KEY ix_job_run_tenant (tenant_slug, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
