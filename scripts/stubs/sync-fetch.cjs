// Bundled in place of sync-fetch, which citation-js loads to fetch inputs that are URLs (see fetch-ponyfill.cjs).
class Headers {}
function refuse() {
  throw new Error('Cited fetches nothing from the network.');
}
refuse.Headers = Headers;
module.exports = refuse;
