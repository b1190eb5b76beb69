// Every page is prerendered to static HTML (adapter-static); pages live at /path/index.html.
export const prerender = true;
export const trailingSlash = 'always';
