#include "OdkResultsTable.h"

#include "OdkNames.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// KoboToolbox's and ODK Central's own columns: who, when, which device, which version.
bool isSubmissionMetadata(const QString& header)
{
    static const QSet<QString> names = {
        QStringLiteral("start"),         QStringLiteral("end"),          QStringLiteral("today"),
        QStringLiteral("deviceid"),      QStringLiteral("instanceid"),   QStringLiteral("formhub/uuid"),
        QStringLiteral("submissiondate"), QStringLiteral("key"),         QStringLiteral("submitterid"),
        QStringLiteral("submittername"), QStringLiteral("attachmentspresent"), QStringLiteral("attachmentsexpected"),
        QStringLiteral("status"),        QStringLiteral("reviewstate"),  QStringLiteral("edits"),
        QStringLiteral("formversion"),
    };
    const QString folded = header.trimmed().toLower();
    // Kobo's own columns start with "_" (_uuid, __version__); the form's meta group is ODK's.
    return folded.startsWith(QLatin1Char('_')) || folded.startsWith(QLatin1String("meta/"))
           || folded.startsWith(QLatin1String("meta-")) || names.contains(folded);
}

} // namespace

OdkResultsTable::Result OdkResultsTable::normalise(const QSqlDatabase& db, const CsvTable& table)
{
    // The programme's questions (any version): their node names, and which are multiple choices
    // in some version (the answers themselves are read per version by the report importer).
    QSet<QString> multiples;
    QHash<QString, QString> codeOfName;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT DISTINCT code, type FROM question"));
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString name = OdkNames::nodeName(code).toLower();
        if (query.value(1).toString() == QLatin1String("multiple"))
            multiples.insert(name);
        codeOfName.insert(name, code);
        codeOfName.insert(name + QLatin1String(OdkNames::kCommentSuffix), code + QLatin1String(OdkNames::kCommentSuffix));
    }
    // ShopScope's fields, as the columns the report importer reads.
    static const QHash<QString, QString> reportFields = {
        {QLatin1String(OdkNames::kVisitId), QStringLiteral("visit")}, {QLatin1String(OdkNames::kLocation), QStringLiteral("location")},
        {QLatin1String(OdkNames::kShopper), QStringLiteral("shopper")}, {QLatin1String(OdkNames::kDate), QStringLiteral("date")},
        {QLatin1String(OdkNames::kTime), QStringLiteral("time")}, {QLatin1String(OdkNames::kMinutes), QStringLiteral("duration")},
        {QLatin1String(OdkNames::kStaff), QStringLiteral("staff")}, {QLatin1String(OdkNames::kComment), QStringLiteral("comment")},
    };
    // The last path step that names something we know; Central joins groups with "-".
    auto known = [&](const QString& step) -> QString {
        const QString folded = step.toLower();
        if (codeOfName.contains(folded) || reportFields.contains(folded))
            return folded;
        for (qsizetype dash = step.indexOf(QLatin1Char('-')); dash >= 0; dash = step.indexOf(QLatin1Char('-'), dash + 1)) {
            const QString tail = folded.mid(dash + 1);
            if (codeOfName.contains(tail) || reportFields.contains(tail))
                return tail;
        }
        // ShopScope's other fields: the scenario and the score calculations.
        if (folded.startsWith(QLatin1String(OdkNames::kPrefix)))
            return folded;
        return {};
    };

    Result result;
    result.table = table;
    QSet<QString> aggregateMultiples;
    std::vector<bool> choiceColumn(size_t(table.header.size()), false);
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QString header = table.header.at(c).trimmed();
        const QStringList steps = header.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (steps.size() >= 2) {
            // A select multiple's column per choice: "GRP/OFR08/loan" (Kobo), "GRP-OFR08/loan"
            // (Central); read first, so that a choice named like a question stays a choice.
            const QString question = known(steps.at(steps.size() - 2));
            if (!question.isEmpty() && multiples.contains(question)) {
                result.table.header[c] = codeOfName.value(question) + QLatin1Char('/') + steps.last();
                choiceColumn[size_t(c)] = true;
                continue;
            }
        }
        const QString last = steps.isEmpty() ? QString() : known(steps.last());
        if (!last.isEmpty()) {
            if (reportFields.contains(last)) {
                result.table.header[c] = reportFields.value(last);
            } else if (codeOfName.contains(last)) {
                result.table.header[c] = codeOfName.value(last);
                if (multiples.contains(last))
                    aggregateMultiples.insert(last);
            } else {
                result.ignored.insert(c); // ss_score and the other calculations, ss_scenario
            }
            continue;
        }
        if (isSubmissionMetadata(header))
            result.ignored.insert(c);
    }
    // With both a select multiple's answer column and its columns per choice (Kobo writes both),
    // the answer column is read; the others hold the same answer again.
    for (qsizetype c = 0; c < result.table.header.size(); ++c) {
        if (!choiceColumn[size_t(c)])
            continue;
        const QString question = OdkNames::nodeName(result.table.header.at(c).section(QLatin1Char('/'), 0, 0)).toLower();
        if (aggregateMultiples.contains(question))
            result.ignored.insert(c);
    }
    return result;
}

bool OdkResultsTable::looksLikeOdkExport(const CsvTable& table)
{
    for (const QString& header : table.header) {
        const QString folded = header.trimmed().toLower();
        if (folded == QLatin1String("_uuid") || folded == QLatin1String("meta/instanceid") || folded == QLatin1String("meta-instanceid")
            || folded == QLatin1String(OdkNames::kVisitId) || folded.endsWith(QLatin1Char('/') + QLatin1String(OdkNames::kVisitId))
            || folded.endsWith(QLatin1Char('-') + QLatin1String(OdkNames::kVisitId)))
            return true;
    }
    return false;
}
