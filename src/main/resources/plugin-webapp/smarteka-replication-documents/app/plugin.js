/*
 * Smarteka workflow: the Tasklist plugin «smarteka-replication-documents» has server resources only (a replication
 * request's documents, downloaded from its tasks' forms in the Tasklist session); it adds nothing to Tasklist's pages.
 */
export default [];
