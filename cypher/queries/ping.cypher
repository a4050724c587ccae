// Readiness: does the database answer a statement now?
RETURN 1 AS ok
