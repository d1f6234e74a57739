//! ISO 3166-1 alpha-2 country codes (all 249, from the iso-codes data) and the UN M49 region
//! each belongs to (Antarctica belongs to none).

use super::model::Region;

/// Every officially assigned alpha-2 code, sorted, with its M49 region.
#[rustfmt::skip]
const COUNTRIES: &[(&str, Option<Region>)] = &[
    ("AD", Some(Region::Europe)), ("AE", Some(Region::Asia)), ("AF", Some(Region::Asia)),
    ("AG", Some(Region::Americas)), ("AI", Some(Region::Americas)), ("AL", Some(Region::Europe)),
    ("AM", Some(Region::Asia)), ("AO", Some(Region::Africa)), ("AQ", None), ("AR", Some(Region::Americas)),
    ("AS", Some(Region::Oceania)), ("AT", Some(Region::Europe)), ("AU", Some(Region::Oceania)),
    ("AW", Some(Region::Americas)), ("AX", Some(Region::Europe)), ("AZ", Some(Region::Asia)),
    ("BA", Some(Region::Europe)), ("BB", Some(Region::Americas)), ("BD", Some(Region::Asia)),
    ("BE", Some(Region::Europe)), ("BF", Some(Region::Africa)), ("BG", Some(Region::Europe)),
    ("BH", Some(Region::Asia)), ("BI", Some(Region::Africa)), ("BJ", Some(Region::Africa)),
    ("BL", Some(Region::Americas)), ("BM", Some(Region::Americas)), ("BN", Some(Region::Asia)),
    ("BO", Some(Region::Americas)), ("BQ", Some(Region::Americas)), ("BR", Some(Region::Americas)),
    ("BS", Some(Region::Americas)), ("BT", Some(Region::Asia)), ("BV", Some(Region::Americas)),
    ("BW", Some(Region::Africa)), ("BY", Some(Region::Europe)), ("BZ", Some(Region::Americas)),
    ("CA", Some(Region::Americas)), ("CC", Some(Region::Oceania)), ("CD", Some(Region::Africa)),
    ("CF", Some(Region::Africa)), ("CG", Some(Region::Africa)), ("CH", Some(Region::Europe)),
    ("CI", Some(Region::Africa)), ("CK", Some(Region::Oceania)), ("CL", Some(Region::Americas)),
    ("CM", Some(Region::Africa)), ("CN", Some(Region::Asia)), ("CO", Some(Region::Americas)),
    ("CR", Some(Region::Americas)), ("CU", Some(Region::Americas)), ("CV", Some(Region::Africa)),
    ("CW", Some(Region::Americas)), ("CX", Some(Region::Oceania)), ("CY", Some(Region::Asia)),
    ("CZ", Some(Region::Europe)), ("DE", Some(Region::Europe)), ("DJ", Some(Region::Africa)),
    ("DK", Some(Region::Europe)), ("DM", Some(Region::Americas)), ("DO", Some(Region::Americas)),
    ("DZ", Some(Region::Africa)), ("EC", Some(Region::Americas)), ("EE", Some(Region::Europe)),
    ("EG", Some(Region::Africa)), ("EH", Some(Region::Africa)), ("ER", Some(Region::Africa)),
    ("ES", Some(Region::Europe)), ("ET", Some(Region::Africa)), ("FI", Some(Region::Europe)),
    ("FJ", Some(Region::Oceania)), ("FK", Some(Region::Americas)), ("FM", Some(Region::Oceania)),
    ("FO", Some(Region::Europe)), ("FR", Some(Region::Europe)), ("GA", Some(Region::Africa)),
    ("GB", Some(Region::Europe)), ("GD", Some(Region::Americas)), ("GE", Some(Region::Asia)),
    ("GF", Some(Region::Americas)), ("GG", Some(Region::Europe)), ("GH", Some(Region::Africa)),
    ("GI", Some(Region::Europe)), ("GL", Some(Region::Americas)), ("GM", Some(Region::Africa)),
    ("GN", Some(Region::Africa)), ("GP", Some(Region::Americas)), ("GQ", Some(Region::Africa)),
    ("GR", Some(Region::Europe)), ("GS", Some(Region::Americas)), ("GT", Some(Region::Americas)),
    ("GU", Some(Region::Oceania)), ("GW", Some(Region::Africa)), ("GY", Some(Region::Americas)),
    ("HK", Some(Region::Asia)), ("HM", Some(Region::Oceania)), ("HN", Some(Region::Americas)),
    ("HR", Some(Region::Europe)), ("HT", Some(Region::Americas)), ("HU", Some(Region::Europe)),
    ("ID", Some(Region::Asia)), ("IE", Some(Region::Europe)), ("IL", Some(Region::Asia)),
    ("IM", Some(Region::Europe)), ("IN", Some(Region::Asia)), ("IO", Some(Region::Africa)),
    ("IQ", Some(Region::Asia)), ("IR", Some(Region::Asia)), ("IS", Some(Region::Europe)),
    ("IT", Some(Region::Europe)), ("JE", Some(Region::Europe)), ("JM", Some(Region::Americas)),
    ("JO", Some(Region::Asia)), ("JP", Some(Region::Asia)), ("KE", Some(Region::Africa)), ("KG", Some(Region::Asia)),
    ("KH", Some(Region::Asia)), ("KI", Some(Region::Oceania)), ("KM", Some(Region::Africa)),
    ("KN", Some(Region::Americas)), ("KP", Some(Region::Asia)), ("KR", Some(Region::Asia)),
    ("KW", Some(Region::Asia)), ("KY", Some(Region::Americas)), ("KZ", Some(Region::Asia)),
    ("LA", Some(Region::Asia)), ("LB", Some(Region::Asia)), ("LC", Some(Region::Americas)),
    ("LI", Some(Region::Europe)), ("LK", Some(Region::Asia)), ("LR", Some(Region::Africa)),
    ("LS", Some(Region::Africa)), ("LT", Some(Region::Europe)), ("LU", Some(Region::Europe)),
    ("LV", Some(Region::Europe)), ("LY", Some(Region::Africa)), ("MA", Some(Region::Africa)),
    ("MC", Some(Region::Europe)), ("MD", Some(Region::Europe)), ("ME", Some(Region::Europe)),
    ("MF", Some(Region::Americas)), ("MG", Some(Region::Africa)), ("MH", Some(Region::Oceania)),
    ("MK", Some(Region::Europe)), ("ML", Some(Region::Africa)), ("MM", Some(Region::Asia)),
    ("MN", Some(Region::Asia)), ("MO", Some(Region::Asia)), ("MP", Some(Region::Oceania)),
    ("MQ", Some(Region::Americas)), ("MR", Some(Region::Africa)), ("MS", Some(Region::Americas)),
    ("MT", Some(Region::Europe)), ("MU", Some(Region::Africa)), ("MV", Some(Region::Asia)),
    ("MW", Some(Region::Africa)), ("MX", Some(Region::Americas)), ("MY", Some(Region::Asia)),
    ("MZ", Some(Region::Africa)), ("NA", Some(Region::Africa)), ("NC", Some(Region::Oceania)),
    ("NE", Some(Region::Africa)), ("NF", Some(Region::Oceania)), ("NG", Some(Region::Africa)),
    ("NI", Some(Region::Americas)), ("NL", Some(Region::Europe)), ("NO", Some(Region::Europe)),
    ("NP", Some(Region::Asia)), ("NR", Some(Region::Oceania)), ("NU", Some(Region::Oceania)),
    ("NZ", Some(Region::Oceania)), ("OM", Some(Region::Asia)), ("PA", Some(Region::Americas)),
    ("PE", Some(Region::Americas)), ("PF", Some(Region::Oceania)), ("PG", Some(Region::Oceania)),
    ("PH", Some(Region::Asia)), ("PK", Some(Region::Asia)), ("PL", Some(Region::Europe)),
    ("PM", Some(Region::Americas)), ("PN", Some(Region::Oceania)), ("PR", Some(Region::Americas)),
    ("PS", Some(Region::Asia)), ("PT", Some(Region::Europe)), ("PW", Some(Region::Oceania)),
    ("PY", Some(Region::Americas)), ("QA", Some(Region::Asia)), ("RE", Some(Region::Africa)),
    ("RO", Some(Region::Europe)), ("RS", Some(Region::Europe)), ("RU", Some(Region::Europe)),
    ("RW", Some(Region::Africa)), ("SA", Some(Region::Asia)), ("SB", Some(Region::Oceania)),
    ("SC", Some(Region::Africa)), ("SD", Some(Region::Africa)), ("SE", Some(Region::Europe)),
    ("SG", Some(Region::Asia)), ("SH", Some(Region::Africa)), ("SI", Some(Region::Europe)),
    ("SJ", Some(Region::Europe)), ("SK", Some(Region::Europe)), ("SL", Some(Region::Africa)),
    ("SM", Some(Region::Europe)), ("SN", Some(Region::Africa)), ("SO", Some(Region::Africa)),
    ("SR", Some(Region::Americas)), ("SS", Some(Region::Africa)), ("ST", Some(Region::Africa)),
    ("SV", Some(Region::Americas)), ("SX", Some(Region::Americas)), ("SY", Some(Region::Asia)),
    ("SZ", Some(Region::Africa)), ("TC", Some(Region::Americas)), ("TD", Some(Region::Africa)),
    ("TF", Some(Region::Africa)), ("TG", Some(Region::Africa)), ("TH", Some(Region::Asia)),
    ("TJ", Some(Region::Asia)), ("TK", Some(Region::Oceania)), ("TL", Some(Region::Asia)),
    ("TM", Some(Region::Asia)), ("TN", Some(Region::Africa)), ("TO", Some(Region::Oceania)),
    ("TR", Some(Region::Asia)), ("TT", Some(Region::Americas)), ("TV", Some(Region::Oceania)),
    ("TW", Some(Region::Asia)), ("TZ", Some(Region::Africa)), ("UA", Some(Region::Europe)),
    ("UG", Some(Region::Africa)), ("UM", Some(Region::Oceania)), ("US", Some(Region::Americas)),
    ("UY", Some(Region::Americas)), ("UZ", Some(Region::Asia)), ("VA", Some(Region::Europe)),
    ("VC", Some(Region::Americas)), ("VE", Some(Region::Americas)), ("VG", Some(Region::Americas)),
    ("VI", Some(Region::Americas)), ("VN", Some(Region::Asia)), ("VU", Some(Region::Oceania)),
    ("WF", Some(Region::Oceania)), ("WS", Some(Region::Oceania)), ("YE", Some(Region::Asia)),
    ("YT", Some(Region::Africa)), ("ZA", Some(Region::Africa)), ("ZM", Some(Region::Africa)),
    ("ZW", Some(Region::Africa)),
];

/// The country a code names (any case), as its code in capitals, and its region.
pub fn lookup(code: &str) -> Option<(&'static str, Option<Region>)> {
    let upper = code.to_ascii_uppercase();
    COUNTRIES.binary_search_by(|(c, _)| (*c).cmp(upper.as_str())).ok().map(|i| COUNTRIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_every_country_but_antarctica_has_a_region() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(lookup("fr"), Some(("FR", Some(Region::Europe))));
        assert_eq!(lookup("BR"), Some(("BR", Some(Region::Americas))));
        assert_eq!(lookup("ke"), Some(("KE", Some(Region::Africa))));
        assert_eq!(lookup("JP"), Some(("JP", Some(Region::Asia))));
        assert_eq!(lookup("FJ"), Some(("FJ", Some(Region::Oceania))));
        assert_eq!(lookup("AQ"), Some(("AQ", None)));
        assert_eq!(COUNTRIES.iter().filter(|(_, r)| r.is_none()).count(), 1);
        for bad in ["XX", "UK", "EU", "F", "FRA", ""] {
            assert_eq!(lookup(bad), None, "{bad}");
        }
    }
}
