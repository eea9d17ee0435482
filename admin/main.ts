/** The admin script's entry: built apart from the site (src/integrations/cms-bundle.ts), run on /admin/ only. */
import { boot } from './boot';

void boot();
