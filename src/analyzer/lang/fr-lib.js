export { default } from 'fr-compromise';
