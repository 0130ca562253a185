/*
 * Smarteka workflow: the Tasklist plugin «smarteka-documents» has server resources only (the practice's documents,
 * downloaded from a task's form in the Tasklist session); it adds nothing to Tasklist's pages.
 */
export default [];
