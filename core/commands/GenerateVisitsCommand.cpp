#include "GenerateVisitsCommand.h"

#include "planning/VisitGenerator.h"
#include "project/BulkInserter.h"
#include "project/JsonIdList.h"
#include "project/Project.h"
#include "project/WorkerWrites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kRulesWhere = QStringLiteral("kind = 'plan' AND wave_id IS ?");
} // namespace

GenerateVisitsCommand::GenerateVisitsCommand(Project* project, PlanProposal proposal, StoreRules store)
    : UndoCommand(VisitGenerator::tr("Generate %n visit(s) for %1", nullptr, int(proposal.visits.size())).arg(proposal.waveCode))
    , m_project(project)
    , m_proposal(std::move(proposal))
    , m_store(store)
{
}

bool GenerateVisitsCommand::redo(QString* error)
{
    const bool first = m_newIds.isEmpty();
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            const QString replaced = jsonIdList(m_proposal.replacedVisits);
            // Only visits still untouched may go: someone may have assigned one since the preview.
            query.prepare(QStringLiteral("SELECT count(*) FROM visit WHERE id IN (SELECT value FROM json_each(?)) "
                                         "AND wave_id = ? AND status = 'planned' AND locked = 0 "
                                         "AND NOT EXISTS (SELECT 1 FROM response r WHERE r.visit_id = visit.id)"));
            query.addBindValue(replaced);
            query.addBindValue(m_proposal.waveId);
            if (!query.exec() || !query.next() || query.value(0).toInt() != m_proposal.replacedVisits.size()) {
                *why = VisitGenerator::tr("the visits of wave %1 changed since the preview; generate again").arg(m_proposal.waveCode);
                return false;
            }
            m_replaced.clear();
            const QVariantList bind{replaced};
            if (!RowSnapshot::capture(db, QStringLiteral("visit"), QStringLiteral("id IN (SELECT value FROM json_each(?))"), bind,
                                      &m_replaced, why)
                || !RowSnapshot::capture(db, QStringLiteral("visit_event"),
                                         QStringLiteral("visit_id IN (SELECT value FROM json_each(?))"), bind, &m_replaced, why))
                return false;
            query.prepare(QStringLiteral("DELETE FROM visit WHERE id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(replaced);
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }

            // A wave of a big programme has tens of thousands of visits: one prepared statement
            // through SQLite's C API, in this transaction (it runs on the project's connection).
            BulkInserter insert(ProjectConnection::handleOf(db),
                                "INSERT INTO visit (id, wave_id, location_id, scenario_id, slot, planned_date, daypart) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (size_t i = 0; i < m_proposal.visits.size(); ++i) {
                const PlanProposal::Visit& visit = m_proposal.visits[i];
                if (first)
                    insert.bindNull(1);
                else
                    insert.bind(1, m_newIds[qsizetype(i)]);
                insert.bind(2, m_proposal.waveId)
                    .bind(3, visit.locationId)
                    .bind(4, visit.scenarioId)
                    .bind(5, visit.slot)
                    .bind(6, visit.date.toString(Qt::ISODate))
                    .bind(7, visit.daypart);
                if (!insert.insert()) {
                    *why = insert.error();
                    return false;
                }
                if (first)
                    m_newIds << insert.lastInsertId();
                if (i % 4096 == 0 && !WorkerWrites::reportProgress(int(i * 100 / m_proposal.visits.size())))
                    return false;
            }

            if (m_store != StoreRules::No) {
                const QVariant wave = m_store == StoreRules::ForWave ? QVariant(m_proposal.waveId) : QVariant(QMetaType(QMetaType::LongLong));
                m_oldRules.clear();
                if (!RowSnapshot::capture(db, QStringLiteral("sample_rule"), kRulesWhere, {wave}, &m_oldRules, why))
                    return false;
                query.prepare(QStringLiteral("DELETE FROM sample_rule WHERE ") + kRulesWhere);
                query.addBindValue(wave);
                if (!query.exec()) {
                    *why = query.lastError().databaseText();
                    return false;
                }
                query.prepare(QStringLiteral("INSERT INTO sample_rule (wave_id, position, kind, rule) VALUES (?, 0, 'plan', ?)"));
                query.addBindValue(wave);
                query.addBindValue(QString::fromUtf8(QJsonDocument(m_proposal.rules.toJson()).toJson(QJsonDocument::Compact)));
                if (!query.exec()) {
                    *why = query.lastError().databaseText();
                    return false;
                }
            }
            return true;
        },
        error);
    if (!ok && first)
        m_newIds.clear();
    return ok;
}

bool GenerateVisitsCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM visit WHERE id IN (SELECT value FROM json_each(?))"));
            query.addBindValue(jsonIdList(m_newIds));
            if (!query.exec()) {
                *why = query.lastError().databaseText();
                return false;
            }
            if (query.numRowsAffected() != m_newIds.size()) {
                *why = VisitGenerator::tr("some generated visits of wave %1 are gone already").arg(m_proposal.waveCode);
                return false;
            }
            if (m_store != StoreRules::No) {
                const QVariant wave = m_store == StoreRules::ForWave ? QVariant(m_proposal.waveId) : QVariant(QMetaType(QMetaType::LongLong));
                query.prepare(QStringLiteral("DELETE FROM sample_rule WHERE ") + kRulesWhere);
                query.addBindValue(wave);
                if (!query.exec() || !RowSnapshot::restore(db, m_oldRules, why)) {
                    if (why->isEmpty())
                        *why = query.lastError().databaseText();
                    return false;
                }
            }
            return RowSnapshot::restore(db, m_replaced, why);
        },
        error);
}
