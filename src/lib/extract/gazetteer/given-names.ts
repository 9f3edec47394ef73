/**
 * Common given names of news people, for a name that is also a place: "Bill
 * Holland", "Percy French", "Jack London" are people, and the place after the
 * given name is a surname. Names that are also common words or months ("Will",
 * "Mark", "May", "Grace") are left out: "Will France act?" is a question.
 */
export const GIVEN_NAMES = new Set(
	(
		'Aaron Adam Adrian Alan Albert Alex Alexander Alfred Alice Alison Amanda Amy Andrea Andrew Andy Angela Anna Anne Anthony Antonio Arthur ' +
		'Barbara Barry Ben Benjamin Bernard Bill Billy Bob Bobby Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian ' +
		'Christine Christopher Claire Colin Craig Daniel Danny David Dennis Derek Diana Diane Donald Doug Douglas Edward Elizabeth Emily Emma Eric ' +
		'Frank Fred Frederick Gary George Gerald Gordon Graham Greg Harold Harry Helen Henry Howard Hugh Ian Jack Jacob James Jane Janet Jason ' +
		'Jeff Jeffrey Jennifer Jeremy Jessica Jim Jimmy Joan Joe John Johnny Jonathan Joseph Josh Judith Julia Julie Karen Kate Keith Kelly Ken ' +
		'Kenneth Kevin Larry Laura Lawrence Linda Lisa Louis Louise Lucy Margaret Maria Mario Martin Mary Matt Matthew Michael Michelle Mike ' +
		'Nancy Neil Nicholas Nick Nicola Oliver Patricia Patrick Paul Percy Peter Philip Phil Ralph Raymond Rebecca Richard Rick Robert Robin ' +
		'Roger Ronald Roy Russell Ruth Ryan Sally Samuel Sandra Sarah Scott Sean Simon Stephen Steve Steven Stuart Susan Thomas Tim Timothy Tom ' +
		'Tony Victor Walter Wayne William Yvonne Zoe'
	).split(' ')
);
