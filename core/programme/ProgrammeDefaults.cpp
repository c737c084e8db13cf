#include "ProgrammeDefaults.h"

#include "project/Transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool ProgrammeDefaults::write(const QSqlDatabase& db, const QString& programmeName, ProjectError* error)
{
    Transaction transaction(db);
    QString message;
    bool ok = transaction.begin(&message);
    QSqlQuery query(db);
    auto run = [&](const QString& sql, const QVariantList& values) {
        if (!ok)
            return;
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        ok = query.exec();
        if (!ok)
            message = query.lastError().databaseText();
    };
    run(QStringLiteral("INSERT INTO programme_language (code, position) VALUES (?, 0)"), {QStringLiteral("en")});
    run(QStringLiteral("INSERT INTO programme (id, programme_name, source_language, report_language, target_score, "
                       "created_at) VALUES (1, ?, 'en', 'en', 80, ?)"),
        {programmeName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    const QStringList palette = {QStringLiteral("#1F4E79"), QStringLiteral("#2E86C1"), QStringLiteral("#F39C12"),
                                 QStringLiteral("#7F8C8D"), QStringLiteral("#27AE60"), QStringLiteral("#C0392B")};
    for (int i = 0; i < palette.size(); ++i)
        run(QStringLiteral("INSERT INTO programme_colour (position, colour) VALUES (?, ?)"), {i, palette[i]});
    run(QStringLiteral("INSERT INTO score_band (lower_bound, label, colour) VALUES (0, ?, '#C0392B'), "
                       "(70, ?, '#F39C12'), (85, ?, '#27AE60')"),
        {ProjectError::tr("Below standard"), ProjectError::tr("Close to standard"), ProjectError::tr("On standard")});
    if (ok)
        ok = transaction.commit(&message);
    if (!ok && error)
        *error = ProjectError::make(ProjectError::codeForSqlite(transaction.lastErrorCode() ? transaction.lastErrorCode()
                                                                    : query.lastError().nativeErrorCode().toInt()),
                                    ProjectError::tr("Could not write the new programme's settings: %1.").arg(message));
    return ok;
}
