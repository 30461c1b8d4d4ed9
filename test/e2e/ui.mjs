// placeholder replaced below
console.log('ui: not yet');
