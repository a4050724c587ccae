// Reads every node's and relationship's properties once, so the queries measured next find the
// store in the page cache, as a server that has been up a while does; a freshly imported store
// is otherwise read from disk by whichever system is measured first.
CALL () { MATCH (n) RETURN count(properties(n)) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(properties(r)) AS relationships }
CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH '' RETURN count(*) AS indexed }
RETURN nodes, relationships, indexed
