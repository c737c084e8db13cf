#include "AddWavesCommand.h"

#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

AddWavesCommand::AddWavesCommand(Project* project, const std::vector<WaveSeries::Wave>& waves)
    : UndoCommand(waves.size() == 1 ? WaveSeries::tr("Add wave %1").arg(waves.front().code)
                                    : WaveSeries::tr("Add %n wave(s)", nullptr, int(waves.size())))
    , m_project(project)
    , m_waves(waves)
{
}

bool AddWavesCommand::redo(QString* error)
{
    const bool first = m_ids.isEmpty();
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO wave (id, code, name, starts_on, ends_on, status) "
                                          "VALUES (?, ?, ?, ?, ?, 'planning')"));
            for (size_t i = 0; i < m_waves.size(); ++i) {
                const auto& wave = m_waves[i];
                insert.addBindValue(first ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(m_ids[qsizetype(i)]));
                insert.addBindValue(wave.code);
                insert.addBindValue(wave.name);
                insert.addBindValue(wave.starts.toString(Qt::ISODate));
                insert.addBindValue(wave.ends.toString(Qt::ISODate));
                if (!insert.exec()) {
                    *why = insert.lastError().databaseText().contains(QStringLiteral("UNIQUE"))
                               ? WaveSeries::tr("a wave with the code %1 exists already").arg(wave.code)
                               : insert.lastError().databaseText();
                    return false;
                }
                if (first)
                    m_ids << insert.lastInsertId().toLongLong();
            }
            return true;
        },
        error);
    if (!ok && first)
        m_ids.clear();
    return ok;
}

bool AddWavesCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM wave WHERE id = ?"));
            for (qint64 id : m_ids) {
                remove.addBindValue(id);
                if (!remove.exec()) {
                    *why = WaveSeries::tr("the waves have visits by now and stay");
                    return false;
                }
            }
            return true;
        },
        error);
}
