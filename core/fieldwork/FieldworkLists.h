#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

// What goes out to the field for one wave: each shopper's list of visits with the scenario's
// briefing (the script in a language the shopper speaks, else the programme's), and the wave's
// fieldwork sheet for the agency (every visit, its status and shopper code: no personal data).
// The window prints the lists to PDF; both write the CSV files; the command line also writes
// each list as an HTML page a browser prints.
class FieldworkLists
{
    Q_DECLARE_TR_FUNCTIONS(FieldworkLists)

public:
    struct Visit
    {
        qint64 id = 0;
        QString shopperCode;
        QString shopperName; // the list goes to the shopper; never into the fieldwork sheet
        QString date;        // ISO
        QString daypart;
        QString status;
        QString locationCode;
        QString locationName;
        QString address;
        QString postcode;
        QString city;
        QString scenarioCode;
        QString scenarioTitle;
        QString script;
        double fee = 0;
    };

    // What an export of a wave wrote, for the pages that follow (PDF in the window, HTML on the
    // command line).
    struct Export
    {
        QString waveCode;
        QString waveName;
        std::vector<Visit> visits;
        QString fieldworkSheet; // the files written
        QString shopperLists;
    };
    // Writes the wave's fieldwork sheet and the shoppers' lists as CSV into `folder`
    // ("W2026-11-fieldwork-sheet.csv", "W2026-11-shopper-lists.csv").
    static std::optional<Export> writeCsvFiles(const QSqlDatabase& db, qint64 waveId, const QString& folder, QString* error);
    // The file of one shopper's page: "W2026-11-S000123.pdf".
    static QString pageFileName(const QString& waveCode, const QString& shopperCode, const QString& suffix);

    // The wave's visits that have a shopper and are still to be carried out (assigned,
    // accepted), by shopper, then date.
    static std::optional<std::vector<Visit>> read(const QSqlDatabase& db, qint64 waveId, QString* error);
    // One row per visit of `visits` (the per-shopper lists in one file, for mail merges).
    static bool writeShopperListsCsv(const std::vector<Visit>& visits, const QString& path, QString* error);
    // Every visit of the wave with its status and the shopper's code.
    static bool writeFieldworkSheetCsv(const QSqlDatabase& db, qint64 waveId, const QString& path, QString* error);
    // One shopper's list as a printable page; `visits` are that shopper's.
    static QString shopperListHtml(const std::vector<Visit>& visits, const QString& waveCode, const QString& waveName);
    // The visits of `visits` split by shopper, in order.
    static std::vector<std::vector<Visit>> byShopper(const std::vector<Visit>& visits);
};
