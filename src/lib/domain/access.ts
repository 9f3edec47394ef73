/**
 * What the person looking at a page may do, as the server decided it for their request
 * (see `lib/server/auth`). The page hides or disables what they cannot do and says why.
 */
export interface Access {
	/** `token`: writes need DATELINE_WRITE_TOKEN; `local`: only the server's own machine writes. */
	mode: 'token' | 'local';
	/** Whether this request may add, correct or delete. */
	canWrite: boolean;
	/** Signed in through /signin (token mode only). */
	signedIn: boolean;
	/** Why writing is not possible, for the person reading; empty when it is. */
	reason: string;
}
