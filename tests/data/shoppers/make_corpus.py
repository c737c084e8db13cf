#!/usr/bin/env python3
"""Regenerates the shopper import corpus of tests/core/ShopperImportTest.cpp.

The files are written byte for byte as the programs agencies use write them (Excel's "Unicode
text" is UTF-16LE with a BOM, tab-delimited, CRLF; Excel's "CSV" in a Latvian or Lithuanian
Windows is Windows-1257 with ';' and decimal commas), so the encodings cannot be typed in an
editor. The people are invented. Run it from anywhere; it writes next to itself. The generated
files are committed too, and the tests assert on their exact content: change both together.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + data)


# UTF-8 with BOM, ',', LF, English headers, every field; an address with a quoted line break.
write("panel-utf8-bom.csv",
      "code,name,email,phone,address,postcode,birth_year,gender,languages,tags,city,latitude,longitude,"
      "capacity_wave,capacity_day,status,rating,joined,unavailable,conflict_locations,conflict_brands\n"
      "PL-0001,Zofia Jędrzejczyk,zofia.j@example.pl,+48 512 345 678,\"ul. Piotrkowska 12\nm. 4\",90-001,1987,female,"
      "\"pl, en\",\"has-car, customer\",Łódź,51.7592,19.4560,6,2,active,4.5,2024-03-01,2026-12-20..2027-01-06,,\n"
      "PL-0002,Łukasz Wróbel,lukasz@example.pl,+48 600 100 200,Rynek Główny 1,31-042,1979,male,pl,not-customer,"
      "Kraków,50.0619,19.9368,4,1,paused,3.8,2023-11-15,,,Vistula Bank\n"
      "PL-0003,Paweł Żółć,pawel@example.pl,,,,2001,other,\"pl, en, de\",student,Gdańsk,,,3,1,active,,,,,\n",
      bom=b"\xef\xbb\xbf")

# Excel's "Unicode text": UTF-16LE with BOM, tab-delimited, CRLF, Swedish and Norwegian headers.
unicode_text = ("Kod\tNamn\tE-post\tTelefon\tOrt\tSpråk\tKön\tFödelseår\tBetyg\r\n"
                "SE-0101\tÅsa Öberg\tasa@example.se\t+46 70 123 45 67\tMalmö\tsv, en\tkvinna\t1990\t4.2\r\n"
                "NO-0102\tBjørn Ærø-Hansen\tbjorn@example.no\t+47 912 34 567\tTromsø\tnb\tmann\t1984\t3.9\r\n")
with open(os.path.join(HERE, "panel-excel-unicode.txt"), "wb") as f:
    f.write(b"\xff\xfe" + unicode_text.encode("utf-16-le"))

# Windows-1257, ';', decimal comma, CRLF: Excel's "CSV" in a Latvian or Lithuanian Windows, with
# Latvian headers.
write("panel-windows1257.csv",
      "Kods;Vārds uzvārds;E-pasts;Pilsēta;Platums;Garums;Valodas;Dzimums;Dzimšanas gads;Vērtējums\n"
      "LV-0201;Ģirts Ķēniņš;girts@example.lv;Rīga;56,9496;24,1052;lv, ru, en;vīrietis;1985;4,7\n"
      "LV-0202;Līga Kalniņa;liga@example.lv;Jūrmala;56,9680;23,7704;lv;sieviete;1992;3,5\n"
      "LT-0203;Žydrūnas Čepulis;zydrunas@example.lt;Šiauliai;55,9349;23,3137;lt, ru;m;1978;4\n"
      "LT-0204;Rūta Kazlauskienė;ruta@example.lt;Klaipėda;55,7033;21,1443;lt;f;2000;\n",
      encoding="cp1257", newline="\r\n")

# Every kind of problem, one or two per line, with the place each must be named at.
write("panel-problems.csv",
      "code,name,email,latitude,longitude,rating,gender,birth_year,status,conflict_locations,unavailable\n"
      "BAD-01,Anna Kowalska,anna@,51.1,17.0,4,female,1990,active,,\n"
      "BAD-02,Jan Nowak,jan@example.pl,95.5,17.0,4,male,1990,active,,\n"
      "BAD-03,Ewa Lis,ewa@example.pl,51.1,,4,female,1990,active,,\n"
      "BAD-04,Olga Mazur,olga@example.pl,51.1,17.0,7,female,1990,active,,\n"
      "BAD-05,Piotr Nowicki,piotr@example.pl,51.1,17.0,good,male,1990,active,,\n"
      "BAD-06,Kasia Wójcik,kasia@example.pl,51.1,17.0,4,maybe,2015,retired,,\n"
      "BAD-07,Marek Zając,marek@example.pl,51.1,17.0,4,male,1990,active,NOWHERE-1,2026-07-14..2026-07-01\n"
      "BAD-01,Anna Kowalska again,anna2@example.pl,51.1,17.0,4,female,1990,active,,\n"
      "OK-08,\"Maria Dąbrowska\",maria@example.pl,51.1,17.0,4,female,1990,active,,2026-07-01..2026-07-14\n")

# Cells that would run as formulas in a spreadsheet, and a phone our export neutralised.
write("panel-formulas.csv",
      "code,name,phone,city,tags\n"
      "F-01,=cmd|' /C calc'!A0,+371 2612 3456,Rīga,has-car\n"
      "F-02,@SUM(A1:A9),'+371 2612 3457,Rīga,\"=HYPERLINK(\"\"http://example.com\"\")\"\n"
      "F-03,Inga Bērziņa,-2+3,Rīga,customer\n")
