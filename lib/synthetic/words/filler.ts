/**
 * Everyday English for filler prose, roughly by frequency (earlier words are drawn more often).
 * None of these is a word of a generated name, except the joining words of keys.ts (of, the, for,
 * and, on, in), which no name starts or ends with; test/unit/synthetic checks both.
 */
export const FILLER_WORDS: readonly string[] = `
the of and to in for on that is was it with as at by from this be are have has had not but or
they their we our you he she his her its which who were been will would could should can may
more most some any all each every many much few other such only just still even also very again
already about after before during while since until over under between through into across around
without within because although however when where why how what than then there here these those
said says told asked made make take took came come went go goes see saw know knew think thought
look looked want wanted give gave use used find found tell call called try tried leave left put
mean keep kept let begin began seem seemed help talk turn start started show hear play run move
like live believe hold bring happen write sit stand lose pay meet include continue set learn
change lead understand watch follow stop create speak read allow add spend grow open walk win
offer remember consider appear buy wait send expect build stay fall cut reach remain suggest raise
pass sell require decide pull explain hope carry drive break receive agree describe
time year people way day thing man woman life child world school hand part place case week
problem fact month lot right book eye job word business issue side kind head house friend
father mother hour game line end law car name team minute idea kid body information back parent
face morning reason girl guy moment air teacher evening street table window door question
answer letter paper picture music river garden kitchen city country village story
new good high old great big small large long young different important early late bad same able
last next whole real best better free sure clear full certain recent possible simple difficult
strong hard easy quick slow quiet warm cold dark light short deep wide little own true
first second third several enough almost perhaps probably often sometimes usually always never
once twice today tomorrow yesterday soon later now ago far near together alone instead rather
quite really actually simply certainly clearly finally recently nearly
yes okay well maybe though yet both either neither nothing something anything everything someone
anyone everyone nobody somebody another whether upon toward towards beside besides beyond
weather coffee tea bread dinner lunch breakfast holiday weekend summer autumn spring winter
rain snow wind sun sky tree flower grass stone sand sea lake beach hill farm horse dog cat
bird fish shoe shirt coat hat bag box cup plate chair bed floor wall roof
`.split(/\s+/).filter(Boolean);
