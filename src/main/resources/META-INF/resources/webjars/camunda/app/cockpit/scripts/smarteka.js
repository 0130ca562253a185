// Smarteka workflow: the notice while the demo data is loading (see the welcome page's script).
import '../../welcome/scripts/smarteka.js';

export default [];
