#pragma once

#include "io/CsvTable.h"

#include <QSet>
#include <QSqlDatabase>

// Field results as KoboToolbox and ODK Central export them, turned into the columns the report
// importer reads (docs/odk.md): group prefixes dropped ("GRT/GRT01", "GRT-GRT01" -> GRT01),
// ShopScope's ss_* fields named as the report's fields (ss_visit_id -> visit...). The values
// stay as they are: the report importer reads space-separated choices, True/False choice
// columns and ODK times itself, with the type of the visit's own questionnaire version. Columns
// keep their places, so messages still name the file's columns; the submission metadata
// (_uuid, meta/instanceID, _submission_time, SubmissionDate, KEY...) and ShopScope's calculated
// fields are recognised and not read.
class OdkResultsTable
{
public:
    struct Result
    {
        CsvTable table;            // the same rows and columns, headers as the importer reads them
        QSet<qsizetype> ignored;   // metadata and calculated columns, read by no one
    };

    static Result normalise(const QSqlDatabase& db, const CsvTable& table);
    // Whether the file is an ODK export: ShopScope's ss_visit_id field under any group prefix, or
    // KoboToolbox's / ODK Central's submission metadata (_uuid, meta/instanceID, KEY...).
    static bool looksLikeOdkExport(const CsvTable& table);
};
