// After the schema statements: wait (up to $seconds, 300 at start-up) for every index to come online, so the first query can use them.
CALL db.awaitIndexes($seconds)
