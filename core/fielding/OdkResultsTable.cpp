#include "OdkResultsTable.h"

#include "OdkNames.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

// KoboToolbox's and ODK Central's own columns: who, when, which device, which version.
bool isSubmissionMetadata(const QString& header)
{
    static const QSet<QString> names = {
        QStringLiteral("start"),          QStringLiteral("end"),           QStringLiteral("today"),
        QStringLiteral("deviceid"),       QStringLiteral("instanceid"),    QStringLiteral("meta/instanceid"),
        QStringLiteral("meta-instanceid"), QStringLiteral("meta/instancename"), QStringLiteral("meta-instancename"),
        QStringLiteral("meta/deprecatedid"), QStringLiteral("meta/rootuuid"), QStringLiteral("formhub/uuid"),
        QStringLiteral("submissiondate"), QStringLiteral("key"),           QStringLiteral("submitterid"),
        QStringLiteral("submittername"),  QStringLiteral("attachmentspresent"), QStringLiteral("attachmentsexpected"),
        QStringLiteral("status"),         QStringLiteral("reviewstate"),   QStringLiteral("edits"),
        QStringLiteral("formversion"),    QStringLiteral("__version__"),
    };
    const QString folded = header.trimmed().toLower();
    return folded.startsWith(QLatin1Char('_')) || names.contains(folded);
}

} // namespace

OdkResultsTable::Result OdkResultsTable::normalise(const QSqlDatabase& db, const CsvTable& table)
{
    // The programme's questions (any version): their node names and types.
    QHash<QString, QString> typeOfName; // node name, lower case -> type code
    QHash<QString, QString> codeOfName;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT DISTINCT code, type FROM question"));
    while (query.next()) {
        const QString code = query.value(0).toString();
        const QString name = OdkNames::nodeName(code).toLower();
        typeOfName.insert(name, query.value(1).toString());
        codeOfName.insert(name, code);
        codeOfName.insert(name + QLatin1String(OdkNames::kCommentSuffix), code + QLatin1String(OdkNames::kCommentSuffix));
    }
    static const QHash<QString, QString> reportFields = {
        {QStringLiteral("ss_visit_id"), QStringLiteral("visit")},  {QStringLiteral("ss_location"), QStringLiteral("location")},
        {QStringLiteral("ss_shopper"), QStringLiteral("shopper")}, {QStringLiteral("ss_date"), QStringLiteral("date")},
        {QStringLiteral("ss_time"), QStringLiteral("time")},       {QStringLiteral("ss_minutes"), QStringLiteral("duration")},
        {QStringLiteral("ss_staff"), QStringLiteral("staff")},     {QStringLiteral("ss_comment"), QStringLiteral("comment")},
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
    std::vector<QString> kind(size_t(table.header.size())); // "multiple", "time", "option" or empty
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QString header = table.header.at(c).trimmed();
        const QStringList steps = header.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString last = steps.isEmpty() ? QString() : known(steps.last());
        if (!last.isEmpty()) {
            if (reportFields.contains(last)) {
                result.table.header[c] = reportFields.value(last);
                if (last == QLatin1String("ss_time"))
                    kind[size_t(c)] = QStringLiteral("time");
            } else if (codeOfName.contains(last)) {
                result.table.header[c] = codeOfName.value(last);
                const QString type = typeOfName.value(last);
                if (type == QLatin1String("multiple"))
                    aggregateMultiples.insert(last);
                if (type == QLatin1String("multiple") || type == QLatin1String("time"))
                    kind[size_t(c)] = type;
            } else {
                result.ignored.insert(c); // ss_score and the other calculations, ss_scenario
            }
            continue;
        }
        if (steps.size() >= 2) {
            // A select multiple's column per choice: "GRP/OFR08/loan" (Kobo), "GRP-OFR08/loan" (Central).
            const QString question = known(steps.at(steps.size() - 2));
            if (!question.isEmpty() && typeOfName.value(question) == QLatin1String("multiple")) {
                result.table.header[c] = codeOfName.value(question) + QLatin1Char('/') + steps.last();
                kind[size_t(c)] = QStringLiteral("option");
                continue;
            }
        }
        if (isSubmissionMetadata(header) || header.startsWith(QLatin1String("meta/")) || header.startsWith(QLatin1String("meta-")))
            result.ignored.insert(c);
    }
    // With both a select multiple's answer column and its columns per choice (Kobo writes both),
    // the answer column is read; the others hold the same answer again.
    for (qsizetype c = 0; c < result.table.header.size(); ++c) {
        if (kind[size_t(c)] != QLatin1String("option"))
            continue;
        const QString question = OdkNames::nodeName(result.table.header.at(c).section(QLatin1Char('/'), 0, 0)).toLower();
        if (aggregateMultiples.contains(question))
            result.ignored.insert(c);
    }

    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression odkTime(QStringLiteral("^(\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:?\\d{2}|Z)?$"));
    for (QStringList& row : result.table.rows) {
        for (qsizetype c = 0; c < row.size() && c < qsizetype(kind.size()); ++c) {
            const QString& type = kind[size_t(c)];
            if (type.isEmpty() || result.ignored.contains(c))
                continue;
            QString& cell = row[c];
            if (type == QLatin1String("multiple")) {
                cell = cell.trimmed().split(spaces, Qt::SkipEmptyParts).join(QLatin1Char(';'));
            } else if (type == QLatin1String("time")) {
                const QRegularExpressionMatch match = odkTime.match(cell.trimmed());
                if (match.hasMatch())
                    cell = match.captured(1);
            } else if (type == QLatin1String("option")) {
                const QString folded = cell.trimmed().toLower();
                if (folded == QLatin1String("true"))
                    cell = QStringLiteral("1");
                else if (folded == QLatin1String("false"))
                    cell = QStringLiteral("0");
            }
        }
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
