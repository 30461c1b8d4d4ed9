// Bundled in place of fetch-ponyfill, which citation-js loads to fetch inputs that are URLs.
// Cited hands it only the text of bibliography files: nothing is fetched at run time, and no
// HTTP client is shipped.
class Headers {}
const refuse = () => Promise.reject(new Error('Cited fetches nothing from the network.'));
module.exports = () => ({ fetch: refuse, Headers });
