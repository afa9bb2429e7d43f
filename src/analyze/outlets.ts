/**
 * A small bundled table of common publishers' domains and the names readers know them
 * by, so that a bare link (apnews.com/…) gets an outlet ("Associated Press") and a
 * sentence that says "the AP reported" or "told the BBC" can be matched to it. Names
 * that are also ordinary words ("Time", "Science") are not used for matching.
 */

/** A publisher: its full name and the short names sentences use for it. */
export interface Outlet {
  name: string;
  short: string[];
}

const TABLE: Record<string, [string, ...string[]]> = {
  "apnews.com": ["Associated Press", "AP"],
  "reuters.com": ["Reuters"],
  "afp.com": ["Agence France-Presse", "AFP"],
  "bbc.co.uk": ["BBC News", "BBC"],
  "bbc.com": ["BBC News", "BBC"],
  "nytimes.com": ["The New York Times", "the Times", "New York Times", "NYT"],
  "washingtonpost.com": ["The Washington Post", "Washington Post", "the Post"],
  "wsj.com": ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
  "theguardian.com": ["The Guardian", "Guardian"],
  "ft.com": ["Financial Times", "FT"],
  "economist.com": ["The Economist", "Economist"],
  "bloomberg.com": ["Bloomberg"],
  "cnn.com": ["CNN"],
  "npr.org": ["NPR"],
  "cbsnews.com": ["CBS News", "CBS"],
  "nbcnews.com": ["NBC News", "NBC"],
  "abcnews.go.com": ["ABC News"],
  "foxnews.com": ["Fox News"],
  "usatoday.com": ["USA Today"],
  "latimes.com": ["Los Angeles Times", "LA Times"],
  "politico.com": ["Politico"],
  "politico.eu": ["Politico Europe", "Politico"],
  "axios.com": ["Axios"],
  "theatlantic.com": ["The Atlantic"],
  "newyorker.com": ["The New Yorker", "New Yorker"],
  "time.com": ["Time"],
  "newsweek.com": ["Newsweek"],
  "forbes.com": ["Forbes"],
  "cnbc.com": ["CNBC"],
  "businessinsider.com": ["Business Insider"],
  "aljazeera.com": ["Al Jazeera"],
  "independent.co.uk": ["The Independent"],
  "telegraph.co.uk": ["The Telegraph", "Telegraph"],
  "thetimes.co.uk": ["The Times"],
  "dw.com": ["Deutsche Welle", "DW"],
  "france24.com": ["France 24"],
  "lemonde.fr": ["Le Monde"],
  "spiegel.de": ["Der Spiegel", "Spiegel"],
  "scmp.com": ["South China Morning Post", "SCMP"],
  "japantimes.co.jp": ["The Japan Times", "Japan Times"],
  "koreaherald.com": ["The Korea Herald", "Korea Herald"],
  "koreatimes.co.kr": ["The Korea Times", "Korea Times"],
  "joongang.co.kr": ["JoongAng Ilbo", "JoongAng"],
  "yna.co.kr": ["Yonhap News Agency", "Yonhap"],
  "nknews.org": ["NK News"],
  "38north.org": ["38 North"],
  "thediplomat.com": ["The Diplomat"],
  "foreignpolicy.com": ["Foreign Policy"],
  "theverge.com": ["The Verge", "Verge"],
  "wired.com": ["Wired"],
  "arstechnica.com": ["Ars Technica"],
  "techcrunch.com": ["TechCrunch"],
  "vox.com": ["Vox"],
  "propublica.org": ["ProPublica"],
  "which.co.uk": ["Which?"],
  "pewresearch.org": ["Pew Research Center", "Pew"],
  "who.int": ["World Health Organization", "WHO"],
  "cdc.gov": ["Centers for Disease Control and Prevention", "CDC"],
  "nih.gov": ["National Institutes of Health", "NIH"],
  "nasa.gov": ["NASA"],
  "nsf.gov": ["National Science Foundation", "NSF"],
  "weather.gov": ["National Weather Service", "NWS"],
  "airnow.gov": ["AirNow"],
  "epa.gov": ["Environmental Protection Agency", "EPA"],
  "un.org": ["United Nations", "UN"],
  "worldbank.org": ["World Bank"],
  "imf.org": ["International Monetary Fund", "IMF"],
  "nature.com": ["Nature"],
  "science.org": ["Science"],
  "thelancet.com": ["The Lancet", "Lancet"],
  "nejm.org": ["The New England Journal of Medicine", "NEJM"],
  "jamanetwork.com": ["JAMA Network", "JAMA"],
  "bmj.com": ["The BMJ", "BMJ"],
  "arxiv.org": ["arXiv"],
  "wikipedia.org": ["Wikipedia"],
  "nextcity.org": ["Next City"],
  "citylab.com": ["Bloomberg CityLab", "CityLab"],
  "nacto.org": ["NACTO"],
  "cyclinguk.org": ["Cycling UK"],
  "london-fire.gov.uk": ["London Fire Brigade", "LFB"],
};

/** Short names that are ordinary words too: never matched in running text on their own. */
const AMBIGUOUS = new Set(["Time", "Science", "Nature", "Vox", "the Times", "the Post", "WHO", "UN", "AP"]);

/** Strips "www." and similar prefixes from a host name. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile|edition|en)\./, "");
}

/** The table's outlet for a host or any of its parent domains ("news.bbc.co.uk" → BBC News). */
export function outletForHost(host: string | null): Outlet | null {
  if (!host) return null;
  const parts = bareHost(host).split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const entry = TABLE[parts.slice(i).join(".")];
    if (entry) {
      const [name, ...short] = entry;
      return { name, short };
    }
  }
  return null;
}

/** Whether a short name can be matched in running text without more context. */
export function isAmbiguousName(name: string): boolean {
  return AMBIGUOUS.has(name);
}
