#!/usr/bin/env python3
"""Regenerates the CSV test corpus of tests/core/Csv*Test.cpp and EncodingDetectorTest.cpp.

The files are written byte for byte as the programs that clients use write them (Excel's
"Unicode text" is UTF-16LE with a BOM, tab-delimited, CRLF; Excel's "CSV" in a Nordic or Baltic
Windows is the ANSI code page with ';' and decimal commas), so the encodings cannot be typed in
an editor. Run it from anywhere; it writes next to itself. The generated files are committed
too, and the tests assert on their exact content: change both together.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(bom + data)


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# --- encodings and delimiters -------------------------------------------------------------

# UTF-8 without BOM, ',' , LF: what a script or Google Sheets exports.
write("locations-utf8.csv",
      "code,name,city,country,latitude,longitude,manager\n"
      "LV-RIX-001,Nordbank Rīga Centrs,Rīga,LV,56.9496,24.1052,Jānis Bērziņš\n"
      "LV-JUR-002,Nordbank Jūrmala,Jūrmala,LV,56.9680,23.7704,Līga Ozoliņa\n"
      "LT-SIA-003,\"Nordbank Šiauliai, Tilžės g.\",Šiauliai,LT,55.9349,23.3137,Žydrūnas Čepulis\n"
      "PL-KRK-004,Nordbank Kraków Rynek,Kraków,PL,50.0619,19.9368,Łukasz Wróbel\n"
      "PL-GDN-005,Nordbank Gdańsk Długa,Gdańsk,PL,54.3489,18.6532,Zofia Jędrzejczyk\n"
      "SE-MMA-006,Nordbank Malmö Triangeln,Malmö,SE,55.5950,13.0010,Åsa Öberg\n"
      "NO-BGO-007,Nordbank Bergen Bryggen,Bergen,NO,60.3971,5.3245,Bjørn Ærø-Hansen\n")

# UTF-8 with BOM, ';', decimal comma, CRLF: Excel's "CSV UTF-8" in an Estonian or Latvian Windows.
write("locations-utf8-bom-semicolon.csv",
      "code;name;city;country;latitude;longitude;staff\n"
      "EE-TLL-010;Nordbank Tallinn Viru;Tallinn;EE;59,4370;24,7536;12\n"
      "EE-TRT-011;Nordbank Tartu Raekoja;Tartu;EE;58,3780;26,7290;7\n"
      "EE-PRN-012;Nordbank Pärnu Rüütli;Pärnu;EE;58,3859;24,4971;5\n"
      "LV-LPX-013;Nordbank Liepāja;Liepāja;LV;56,5047;21,0108;6\n"
      "LT-KUN-014;\"Nordbank Kaunas; Laisvės al.\";Kaunas;LT;54,8985;23,9036;9\n",
      bom=b"\xef\xbb\xbf", newline="\r\n")

# Excel's "Unicode text": UTF-16LE with BOM, tab-delimited, CRLF; cells with a line break or a
# quote are quoted (inner quotes doubled); an empty last cell; the in-cell line break is a bare LF.
unicode_text = ("code\tname\tcity\tcountry\tlatitude\tlongitude\tnotes\r\n"
                "PL-WAW-020\tNordbank Warszawa Świętokrzyska\tWarszawa\tPL\t52.2355\t21.0086\t\"Open Saturdays\n10:00–14:00\"\r\n"
                "PL-WRO-021\tNordbank Wrocław Rynek\tWrocław\tPL\t51.1100\t17.0320\t\"Entrance from \"\"Rynek\"\" side\"\r\n"
                "LV-DGP-022\tNordbank Daugavpils\tDaugavpils\tLV\t55.8747\t26.5362\t\r\n")
write_bytes("locations-excel-unicode.txt", b"\xff\xfe" + unicode_text.encode("utf-16-le"))

# Windows-1252, ';', decimal comma, CRLF: Excel's "CSV" in a Swedish or Norwegian Windows.
write("locations-windows1252.csv",
      "code;name;city;country;latitude;longitude;manager\n"
      "SE-MMA-030;Nordbank Malmö Triangeln;Malmö;SE;55,5950;13,0010;Åsa Öberg\n"
      "NO-BGO-031;Nordbank Bergen Bryggen;Bergen;NO;60,3971;5,3245;Bjørn Ødegård\n"
      "DK-ARO-032;Nordbank Ærøskøbing;Ærøskøbing;DK;54,8880;10,4120;Søren Kjær\n"
      "SE-GOT-033;Nordbank Göteborg Avenyn;Göteborg;SE;57,7000;11,9740;Märta Ågren\n"
      "NO-TOS-034;Nordbank Tromsø Storgata;Tromsø;NO;69,6496;18,9560;Øystein Løvås\n"
      "SE-JKG-035;Nordbank Jönköping;Jönköping;SE;57,7826;14,1618;Göran Ström\n",
      encoding="cp1252", newline="\r\n")

# Windows-1257, ';', decimal comma, CRLF: Excel's "CSV" in a Latvian or Lithuanian Windows.
write("locations-windows1257.csv",
      "code;name;city;country;latitude;longitude;manager\n"
      "LV-RIX-040;Nordbank Rīga Brīvības iela;Rīga;LV;56,9496;24,1052;Jānis Bērziņš\n"
      "LV-JUR-041;Nordbank Jūrmala Jomas iela;Jūrmala;LV;56,9680;23,7704;Ģirts Ķēniņš\n"
      "LT-SIA-042;Nordbank Šiauliai Vilniaus g.;Šiauliai;LT;55,9349;23,3137;Žydrūnas Čepulis\n"
      "LT-KUN-043;Nordbank Kaunas Laisvės al.;Kaunas;LT;54,8985;23,9036;Rūta Kazlauskienė\n"
      "EE-TRT-044;Nordbank Tartu Raekoja plats;Tartu;EE;58,3780;26,7290;Mart Põder\n"
      "EE-PRN-045;Nordbank Pärnu Rüütli tn;Pärnu;EE;58,3859;24,4971;Tiina Mägi\n"
      "LT-KLJ-046;Nordbank Klaipėda Tiltų g.;Klaipėda;LT;55,7033;21,1443;Eglė Šimkutė\n"
      "LV-LPX-047;Nordbank Liepāja Lielā iela;Liepāja;LV;56,5047;21,0108;Ilze Kalniņa\n",
      encoding="cp1257", newline="\r\n")

# Short files, where a statistical detector has little to go on: the tie-break decides.
write("baltic-short-windows1257.csv",
      "code,city\nLT-SIA,Šiauliai\nEE-PRN,Pärnu\nLV-RIX,Rīga\n", encoding="cp1257")
write("nordic-short-windows1252.csv",
      "code,city,manager\nNO-BGO,Bergen,Bjørn\nDK-ARO,Ærø,Søren\nSE-MMA,Malmö,Åsa\n", encoding="cp1252")

# '|' without a header row (the first row holds a year and codes): a shopper list from an old system.
write("shoppers-pipe-noheader.txt",
      "SH-0001|Anna Kowalska|1987|Kraków|anna.k@example.pl\n"
      "SH-0002|Līga Kalniņa|1992|Rīga|liga@example.lv\n"
      "SH-0003|Mikael Lindqvist|1979|Malmö|mikael@example.se\n"
      "SH-0004|Paweł Żółć|2001|Łódź|pawel@example.pl\n")

# Tab-separated UTF-8 without BOM, LF (a TSV from a script); a decimal point, not a comma.
write("visits-tab.tsv",
      "visit\tlocation\tdate\tscore\n"
      "V-1001\tLV-RIX-001\t2026-03-02\t87.5\n"
      "V-1002\tLT-SIA-003\t2026-03-04\t91.25\n"
      "V-1003\tPL-KRK-004\t2026-03-05\t78\n")

# --- quoting and line endings --------------------------------------------------------------

# Quoted line breaks (LF and CRLF), doubled quotes, spaces around and inside quotes, empty fields.
write_bytes("quoted-fields.csv",
            ("code,name,notes\n"
             "Q-1,\"Nordbank \"\"Centrs\"\"\",\"line one\nline two\"\n"
             "Q-2,  Padded name  ,  \"  kept inside  \"  \n"
             "Q-3,\"Multi\r\nline\nname\",plain\n"
             "Q-4,,\"a, b, c\"\n").encode("utf-8"))

# Excel's "CSV (Comma delimited)": Windows-1252, CRLF, a formatted-but-empty row and an empty
# line at the end.
write("excel-export-crlf.csv",
      "code,name,city,staff_count,opened\n"
      "SE-STO-050,Nordbank Stockholm Sergels torg,Stockholm,14,2019-04-01\n"
      "SE-UPP-051,Nordbank Uppsala,Uppsala,6,2020-09-15\n"
      "NO-OSL-052,Nordbank Oslo Karl Johan,Oslo,11,2018-01-08\n"
      ",,,,\n"
      "\n",
      encoding="cp1252", newline="\r\n")

# Rows ended by CRLF, LF and a lone CR (an old Mac export pasted into a Windows file).
write_bytes("mixed-line-endings.csv",
            b"code,city\r\nM-1,Riga\nM-2,Tartu\rM-3,Kaunas\r\nM-4,Oslo\n")

# --- hostile and broken files ----------------------------------------------------------------

# Formula-looking cells, as someone testing an export for CSV injection would write them.
write("formula-cells.csv",
      "code,name,notes\n"
      "F-1,=cmd|' /C calc'!A0,plain\n"
      "F-2,+1+1,-2+3\n"
      "F-3,@SUM(A1:A9),\"=HYPERLINK(\"\"http://example.com\"\")\"\n"
      "F-4,-12.5,+371 67 123 456\n")

# A 2 MiB field on line 3, between two good rows.
write("big-field.csv",
      "code,name,notes\n"
      "B-1,Nordbank Rīga,short\n"
      "B-2,Nordbank Tartu,\"" + "x" * (2 * 1024 * 1024) + "\"\n"
      "B-3,Nordbank Kaunas,short\n")

# A NUL byte on line 12 (a binary file renamed to .csv looks like this).
rows = ["code,city"] + ["N-%d,City %d" % (i, i) for i in range(1, 14)]
rows[11] = "N-11,Ci\x00ty 11"
write("nul-bytes.csv", "\n".join(rows) + "\n")

# The quoted field that starts on line 4 (column 2) is never closed.
write("unterminated-quote.csv",
      "code,name,city\n"
      "U-1,Nordbank Rīga,Rīga\n"
      "U-2,Nordbank Tartu,Tartu\n"
      "U-3,\"Nordbank Kaunas,Kaunas\n"
      "U-4,Nordbank Oslo,Oslo\n")

# A bare quote inside an unquoted field on line 3, column 2.
write("malformed-quote.csv",
      "code,name,city\n"
      "M-1,Nordbank Rīga,Rīga\n"
      "M-2,Nordbank 12\" screen,Tartu\n"
      "M-3,Nordbank Oslo,Oslo\n")

# Rows with fewer (line 7) and more (line 9) fields than the header's 6.
write("ragged-rows.csv",
      "code,name,city,country,latitude,longitude\n"
      "R-1,Nordbank Rīga,Rīga,LV,56.9496,24.1052\n"
      "R-2,Nordbank Tartu,Tartu,EE,58.3780,26.7290\n"
      "R-3,Nordbank Kaunas,Kaunas,LT,54.8985,23.9036\n"
      "R-4,Nordbank Oslo,Oslo,NO,59.9127,10.7461\n"
      "R-5,Nordbank Malmö,Malmö,SE,55.5950,13.0010\n"
      "R-6,Nordbank Bergen,Bergen,NO,60.3971\n"
      "R-7,Nordbank Gdańsk,Gdańsk,PL,54.3489,18.6532\n"
      "R-8,Nordbank Łódź,Łódź,PL,51.7592,19.4560,extra\n"
      "R-9,Nordbank Pärnu,Pärnu,EE,58.3859,24.4971\n")

write_bytes("empty.csv", b"")
write("header-only.csv", "code,name,city,country\n", newline="\r\n")
write("blank-lines-only.csv", "\n\n   \n\n")
