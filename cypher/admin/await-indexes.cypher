// After the schema statements: wait (up to 300 s) for every index to come online, so the first query can use them.
CALL db.awaitIndexes(300)
