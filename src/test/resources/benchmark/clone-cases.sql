-- Benchmark data: copies a running case (a process instance waiting in a user task) n times, with
-- everything the engine keeps of it at runtime: executions, tasks, variables (and their byte
-- arrays), identity links, the tasks' authorizations, jobs and event subscriptions. Every id of
-- the copy is the original id with the suffix "-<n>" (ids are strings to the engine), the
-- business key likewise; the case's history (instance, activities, tasks, variables) is copied too,
-- so that the engine finds what it updates when a copy moves on. PostgreSQL only; used by de.leistungskette.benchmark to fill a queue
-- with 100,000 open tasks in seconds instead of hours.
CREATE OR REPLACE FUNCTION lk_bench_suffix(j jsonb, keys text[], suffix text) RETURNS jsonb AS $$
DECLARE k text;
BEGIN
  FOREACH k IN ARRAY keys LOOP
    IF j ? k AND j->>k IS NOT NULL AND j->>k <> '*' THEN
      -- ids are at most 64 characters: the end of a long id (the same for every id of one node)
      -- gives way to the suffix
      j := jsonb_set(j, ARRAY[k], to_jsonb(left(j->>k, 64 - length(suffix)) || suffix));
    END IF;
  END LOOP;
  RETURN j;
END $$ LANGUAGE plpgsql IMMUTABLE;

-- A real queue's tasks were created at different times and fall due on different days: copy n is
-- created n minutes before the original and falls due n / 1440 days after it (the same time of
-- day). Copies with equal dates would turn the queue's sort by due date into a sort of the whole
-- queue and hide what an index on the dates gives.
CREATE OR REPLACE FUNCTION lk_bench_spread(j jsonb, n int) RETURNS jsonb AS $$
  SELECT j || jsonb_build_object('create_time_', (j->>'create_time_')::timestamp - n * interval '1 minute')
           || CASE WHEN j->>'due_date_' IS NULL THEN '{}'::jsonb
                   ELSE jsonb_build_object('due_date_', (j->>'due_date_')::timestamp + (n / 1440) * interval '1 day') END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION lk_bench_clone(template text, copies int, first int) RETURNS int AS $$
DECLARE
  ids text[] := ARRAY['id_','proc_inst_id_','execution_id_','parent_id_','super_exec_','root_proc_inst_id_',
                      'task_id_','var_scope_','bytearray_id_','business_key_','process_instance_id_',
                      'exception_stack_id_','parent_task_id_','act_inst_id_','parent_act_inst_id_'];
BEGIN
  INSERT INTO act_ge_bytearray SELECT r.*
    FROM act_ge_bytearray b, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ge_bytearray, lk_bench_suffix(to_jsonb(b), ids, '-' || n)) r
    WHERE b.id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ = template
                    UNION SELECT exception_stack_id_ FROM act_ru_job WHERE process_instance_id_ = template);
  INSERT INTO act_ru_execution SELECT r.*
    FROM act_ru_execution e, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_execution, lk_bench_suffix(to_jsonb(e), ids, '-' || n)) r WHERE e.proc_inst_id_ = template;
  INSERT INTO act_ru_task SELECT r.*
    FROM act_ru_task t, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_task, lk_bench_spread(lk_bench_suffix(to_jsonb(t), ids, '-' || n), n)) r WHERE t.proc_inst_id_ = template;
  INSERT INTO act_ru_variable SELECT r.*
    FROM act_ru_variable v, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_variable, lk_bench_suffix(to_jsonb(v), ids, '-' || n)) r WHERE v.proc_inst_id_ = template;
  INSERT INTO act_ru_identitylink SELECT r.*
    FROM act_ru_identitylink l, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_identitylink, lk_bench_suffix(to_jsonb(l), ids, '-' || n)) r
    WHERE l.task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = template);
  INSERT INTO act_ru_authorization SELECT r.*
    FROM act_ru_authorization a, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_authorization, lk_bench_suffix(to_jsonb(a), ARRAY['id_','resource_id_'], '-' || n)) r
    WHERE a.resource_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = template
                             UNION SELECT id_ FROM act_ru_execution WHERE proc_inst_id_ = template);
  INSERT INTO act_ru_job SELECT r.*
    FROM act_ru_job j, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_job, lk_bench_suffix(to_jsonb(j), ids, '-' || n)) r WHERE j.process_instance_id_ = template;
  INSERT INTO act_ru_event_subscr SELECT r.*
    FROM act_ru_event_subscr s, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_ru_event_subscr, lk_bench_suffix(to_jsonb(s), ids, '-' || n)) r WHERE s.proc_inst_id_ = template;
  INSERT INTO act_hi_procinst SELECT r.*
    FROM act_hi_procinst h, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_hi_procinst, lk_bench_suffix(to_jsonb(h), ids, '-' || n)) r
    WHERE h.proc_inst_id_ = template;
  INSERT INTO act_hi_actinst SELECT r.*
    FROM act_hi_actinst h, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_hi_actinst, lk_bench_suffix(to_jsonb(h), ids, '-' || n)) r
    WHERE h.proc_inst_id_ = template;
  INSERT INTO act_hi_taskinst SELECT r.*
    FROM act_hi_taskinst h, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_hi_taskinst, lk_bench_suffix(to_jsonb(h), ids, '-' || n)) r
    WHERE h.proc_inst_id_ = template;
  INSERT INTO act_hi_varinst SELECT r.*
    FROM act_hi_varinst h, generate_series(first, first + copies - 1) n,
      LATERAL jsonb_populate_record(null::act_hi_varinst, lk_bench_suffix(to_jsonb(h), ids, '-' || n)) r
    WHERE h.proc_inst_id_ = template;
  RETURN copies;
END $$ LANGUAGE plpgsql;
