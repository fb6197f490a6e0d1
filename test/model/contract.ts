/** The contract's tables, copied verbatim from the domain specification, so tests check the code against them. */

/** Splits a Markdown table body into rows of trimmed cells. */
function cells(table: string): string[][] {
  return table
    .trim()
    .split("\n")
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

/** Section 2: life domains in display order. */
export const CONTRACT_DOMAINS = cells(`
| kind | Kind | Child |
| ouders | Ouders | Parents |
| opvoeding | Opvoeding | Parenting |
| gezin | Gezin en huishouden | Family and household |
| context | Context | Context |
| sociaal_netwerk | Sociaal netwerk | Social network |
| hulpverlening | Hulpverlening | Care history |
| veiligheid | Veiligheid | Safety |
| overig | Overig | Other (custom factors with no known domain) |
`).map(([code, nl, en]) => ({ code, nl, en: en.replace(/ \(.*\)$/, "") })); // the note after "Other" explains, it is no label

/** Section 3: the factor catalogue. */
export const CONTRACT_FACTORS = cells(`
| psych_kind | kind | Psychische of psychosociale problemen kind | Psychological problems child | |
| cogn_kind | kind | Cognitieve problemen kind | Cognitive problems child | verstandelijke beperking kind |
| geweld_kind | kind | Slachtoffer of getuige van geweld kind | Child victim or witness of abuse | mishandeling kind |
| schoolverzuim | kind | Schoolverzuim | School absenteeism | schoolabsentie |
| gezondheid_kind | kind | Fysieke gezondheid kind | Physical health child | |
| psych_ouders | ouders | Psychische of psychosociale problemen ouders | Psychological problems parents | |
| cogn_ouders | ouders | Cognitieve problemen ouders | Cognitive problems parents | |
| lvb_ouders | ouders | Licht verstandelijke beperking ouders | Mild intellectual disability parents | lvb |
| geweld_ouders | ouders | Slachtoffer getuige of dader van geweld ouders | Parent victim, witness or perpetrator of abuse | |
| gezondheid_ouders | ouders | Fysieke gezondheid ouders | Physical health parents | |
| nah_ouders | ouders | Niet-aangeboren hersenletsel | Acquired brain injury | nah |
| pedagogische_onmacht | opvoeding | Pedagogische onmacht | Parenting incapacity | onvoldoende of inconsistente opvoedingsstrategieen |
| weinig_responsiviteit | opvoeding | Weinig consistentie of responsiviteit | Low consistency or responsiveness | |
| harde_discipline | opvoeding | Harde discipline en afwijzing | Harsh discipline and rejection | |
| onveilige_hechting | opvoeding | Onveilige hechting | Insecure attachment | |
| relatieproblemen | gezin | Relatieproblemen | Relationship problems | |
| vechtscheiding | gezin | Vechtscheiding | High-conflict divorce | |
| communicatieproblemen | gezin | Communicatieproblemen | Communication problems | |
| weinig_cohesie | gezin | Weinig cohesie | Low cohesion | |
| externe_locus | gezin | Externe locus of control | External locus of control | |
| negatieve_levensgebeurtenissen | context | Meerdere negatieve levensgebeurtenissen | Multiple negative life events | |
| financiele_problemen | context | Financiële problemen | Financial problems | schulden |
| lage_ses | context | Lage sociaaleconomische status | Low socio-economic status | lage ses |
| dagbesteding | context | Geen dagbesteding | No daytime activity | |
| huisvesting | context | Problemen met huisvesting | Housing problems | |
| gebrek_netwerk | sociaal_netwerk | Gebrek aan sociaal netwerk | Lacking social network | verstoord sociaal netwerk |
| conflicten_buurt | sociaal_netwerk | Conflicten met buurtbewoners of vrienden | Conflicts with neighbours or friends | |
| lange_hulpgeschiedenis | hulpverlening | Lange geschiedenis van hulpverlening | Long history of care | |
| uithuisplaatsing | hulpverlening | Uithuisplaatsing | Out-of-home placement | |
| hulpverlening_stagneert | hulpverlening | Hulpverlening stagneert | Care is stagnating | |
| veiligheid_kind | veiligheid | Veiligheid van het kind | Child safety | |
| huiselijk_geweld | veiligheid | Huiselijk geweld | Domestic violence | |
| openbare_orde | veiligheid | Openbare orde en veiligheid | Public order and safety | overlast |
| basisveiligheid | veiligheid | Veiligheid als basisbehoefte | Safety as a basic need | |
`).map(([code, domain, nl, en, aliases]) => ({
  code,
  domain,
  nl,
  en,
  aliases: aliases ? aliases.split(",").map((a) => a.trim()) : [],
}));

/** Section 4: the priority groups with default weights. */
export const CONTRACT_GROUPS = cells(`
| veiligheid_kind | 5 | veiligheid_kind |
| huiselijk_geweld | 4 | geweld_kind, geweld_ouders, huiselijk_geweld |
| psych_kind | 4 | psych_kind |
| hulpverlening_stagneert | 4 | hulpverlening_stagneert |
| mentaal_ouders | 4 | psych_ouders, cogn_ouders, lvb_ouders |
| cogn_kind | 3 | cogn_kind |
| pedagogische_onmacht | 3 | pedagogische_onmacht |
| openbare_orde | 3 | openbare_orde |
| financiele_problemen | 2 | financiele_problemen |
`).map(([code, weight, members]) => ({
  code,
  weight: Number(weight),
  members: members.split(",").map((m) => m.trim()),
}));

/** Section 4: early-warning weights; every other factor weighs 0. */
export const CONTRACT_EARLY_WARNING: Record<string, number> = {
  schoolverzuim: 1,
  lage_ses: 1,
  vechtscheiding: 1,
};
