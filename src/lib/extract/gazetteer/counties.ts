/** The counties of Ireland, and the six of Northern Ireland (in the UK), as "County Kerry", "Co Down" name them. */
export const IRISH_COUNTIES = new Set(
	'Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford Westmeath Wexford Wicklow'.split(' ')
);
export const NORTHERN_IRISH_COUNTIES = new Set('Antrim Armagh Down Fermanagh Londonderry Derry Tyrone'.split(' '));
