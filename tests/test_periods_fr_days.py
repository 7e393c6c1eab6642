"""Le jour d'un fait, en français, quand un rappel au plus-que-parfait s'intercale : la presse
(votations, grèves, tempêtes, crues) date le fait du jour (« Les Vaudois ont accepté dimanche
... »), puis rappelle ce qui avait eu lieu avant (« Le Grand Conseil l'avait adoptée en juin »,
« un mouvement comparable n'avait réuni que 12 % », « des pluies s'étaient abattues »), puis
revient au jour du fait. Le rappel s'écrit souvent après un pronom élidé (l', n', qu') ou au
pronominal (s'était, s'étaient) : c'est le même temps, et le chiffre d'après reprend le jour du
récit, pas le mois ou l'année du rappel. Des phrases de notre cru, jamais le texte d'un article ;
les lignes négatives gardent le rappel quand il continue, et l'imparfait d'un état (« n'avait
que 31 voix ») n'en est pas un."""

from __future__ import annotations

import pytest

from tests.period_cases import Expect, PeriodCase, case, check

E = Expect

ELIDED_FLASHBACK = [
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. Le Grand "
         "Conseil l'avait adoptée en juin par 66 voix contre 31. À Bulle, le oui a atteint "
         "60,2 %.", "2025-12-01",
         E("66", "2025-06-01", "2025-06-30", "interval"),
         E("60,2 %", "2025-11-30", "2025-11-30", "day", "carried"),
         id="votation-l-avait-adoptee"),
    case("La grève a été suivie jeudi par 31 % des conducteurs, selon la direction. Un mouvement "
         "comparable n'avait réuni que 12 % des agents en mars. Sur le réseau de bus, 44 % des "
         "lignes étaient à l'arrêt.", "2025-12-05",
         E("12 %", "2025-03-01", "2025-03-31", "interval"),
         E("44 %", "2025-12-04", "2025-12-04", "day", "carried"),
         id="greve-n-avait-reuni"),
    case("La tempête Ulla a traversé la Bretagne lundi, privant d'électricité 95 000 foyers. En "
         "octobre, des pluies diluviennes s'étaient abattues sur la région, avec 210 millimètres "
         "d'eau. À Quimper, 240 arbres sont tombés.", "2025-12-02",
         E("210 millimètres", "2025-10-01", "2025-10-31", "interval"),
         E("240", "2025-12-01", "2025-12-01", "day", "carried"),
         id="tempete-s-etaient-abattues"),
    case("Mardi 2 décembre, 2 600 personnes ont manifesté à Namur. La police l'avait interdit en "
         "2024, quand 900 personnes s'étaient rassemblées. À Liège, 1 700 manifestants ont "
         "défilé.", "2025-12-03",
         E("1 700", "2025-12-02", "2025-12-02", "day", "carried"),
         id="manifestation-l-avait-interdit"),
    case("Les Genevois ont rejeté ce dimanche le crédit pour le tram par 51,8 % des voix. Le "
         "Conseil municipal l'avait voté en 2024 à 48 voix contre 27. La participation s'est "
         "établie à 39,4 %.", "2025-11-30",
         E("39,4 %", "2025-11-30", "2025-11-30", "day", "carried"),
         id="votation-meme-jour-de-publication"),
]

# Lignes négatives : un rappel qui continue au plus-que-parfait garde son temps ; « n'avait
# que », « n'avaient plus » suivis d'un chiffre sont l'imparfait d'un état, pas un rappel : la
# phrase d'après reprend son mois, comme après tout imparfait.
KEPT = [
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. Le Grand "
         "Conseil l'avait adoptée en juin par 66 voix contre 31. Le Conseil d'État l'avait "
         "soutenue à 5 voix sur 7.", "2025-12-01",
         E("5 voix sur 7", "2025-06-01", "2025-06-30", "interval", "carried"),
         id="le-rappel-continue"),
    case("Les Fribourgeois ont accepté dimanche la réforme fiscale par 54,1 % des voix. En juin, "
         "le Grand Conseil n'avait que 31 voix contre le texte. À Bulle, le oui a atteint "
         "60,2 %.", "2025-12-01",
         E("60,2 %", "2025-06-01", "2025-06-30", "interval", "carried"),
         id="n-avait-que-un-etat"),
    case("Mardi, 2 400 personnes ont été évacuées à cause de la crue. En janvier, l'hôpital de "
         "Melun n'avait plus 40 lits libres. À Melun, 600 personnes ont été relogées.",
         "2025-12-03",
         E("600", "2025-01-01", "2025-01-31", "interval", "carried"),
         id="n-avaient-plus-un-etat"),
]


@pytest.mark.parametrize("c", ELIDED_FLASHBACK + KEPT)
def test_fr_day_after_flashback(c: PeriodCase) -> None:
    check(c, "fr")
