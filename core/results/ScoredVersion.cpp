#include "ScoredVersion.h"

#include "questionnaire/QuestionnaireStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <limits>

std::unique_ptr<ScoredVersion> ScoredVersion::load(const QSqlDatabase& db, qint64 versionId, QString* error)
{
    const auto questionnaire = QuestionnaireStore::load(db, versionId, error);
    if (!questionnaire)
        return nullptr;
    std::unique_ptr<ScoredVersion> version(new ScoredVersion);
    version->m_versionId = versionId;
    version->m_plan = std::make_unique<ScoringPlan>(*questionnaire);
    const ScoringPlan& plan = *version->m_plan;
    auto failed = [&](const QSqlQuery& query) {
        if (error)
            *error = tr("questionnaire version %1 cannot be read: %2")
                         .arg(versionId)
                         .arg(query.lastError().databaseText());
        return nullptr;
    };

    QHash<QString, qint64> sectionIds;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, code FROM section WHERE version_id = ?"));
    query.addBindValue(versionId);
    if (!query.exec())
        return failed(query);
    while (query.next())
        sectionIds.insert(query.value(1).toString(), query.value(0).toLongLong());
    for (const auto& section : plan.sections())
        version->m_sectionIds.push_back(sectionIds.value(section.code));

    query.prepare(QStringLiteral("SELECT id, code FROM question WHERE version_id = ? ORDER BY id"));
    query.addBindValue(versionId);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int index = plan.questionIndex(query.value(1).toString());
        version->m_questionIndex.insert(id, index);
        version->m_questionIdBySlot.push_back(id);
        version->m_planIndexBySlot.push_back(index);
    }

    query.prepare(QStringLiteral(
        "SELECT o.id, o.code, q.code FROM question_option o JOIN question q ON q.id = o.question_id "
        "WHERE q.version_id = ?"));
    query.addBindValue(versionId);
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const int question = plan.questionIndex(query.value(2).toString());
        if (question >= 0)
            version->m_optionIndex.insert(
                query.value(0).toLongLong(),
                int(plan.questions()[size_t(question)].optionCodes.indexOf(query.value(1).toString())));
    }

    // The fingerprint: every input of the engine, in plan order, with the ids the stored rows use.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& text) { hash.addData(QByteArray(text.toUtf8() + '\x1f')); };
    add(QStringLiteral("engine %1 %2").arg(engineRevision).arg(plan.weighted() ? 1 : 0));
    for (size_t s = 0; s < plan.sections().size(); ++s) {
        const auto& section = plan.sections()[s];
        add(QStringLiteral("section %1 %2 %3 %4")
                .arg(section.code)
                .arg(section.parent)
                .arg(section.weight, 0, 'g', 17)
                .arg(version->m_sectionIds[s]));
    }
    for (size_t slot = 0; slot < version->m_questionIdBySlot.size(); ++slot) {
        const int index = version->m_planIndexBySlot[slot];
        add(QStringLiteral("question %1 %2").arg(version->m_questionIdBySlot[slot]).arg(index));
        if (index < 0)
            continue;
        const auto& question = plan.questions()[size_t(index)];
        add(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                .arg(question.code, QuestionTypes::code(question.type))
                .arg(question.section)
                .arg(question.scored)
                .arg(question.bonus)
                .arg(int(question.critical))
                .arg(question.weight, 0, 'g', 17)
                .arg(question.scaleMinimum, 0, 'g', 17)
                .arg(question.scaleMaximum, 0, 'g', 17));
        for (size_t o = 0; o < question.optionPoints.size(); ++o)
            add(QStringLiteral("option %1 %2 %3")
                    .arg(question.optionCodes.value(qsizetype(o)))
                    .arg(question.optionPoints[o], 0, 'g', 17)
                    .arg(question.optionIsNa[o]));
        if (question.showIf)
            add(QString::fromUtf8(QJsonDocument(question.showIf->toJson()).toJson(QJsonDocument::Compact)));
    }
    const QByteArray digest = hash.result();
    version->m_fingerprint
        = qFromLittleEndian<qint64>(digest.constData()) & std::numeric_limits<qint64>::max();
    return version;
}

AnswerValue ScoredVersion::answerFromRow(int planIndex, qint64 optionId, bool hasNumber, double number,
                                         bool hasText) const
{
    if (optionId > 0) {
        const int option = optionIndex(optionId);
        const auto& question = m_plan->questions()[size_t(planIndex)];
        if (option < 0)
            return AnswerValue::none();
        return question.optionIsNa[size_t(option)] ? AnswerValue::notApplicable()
                                                   : AnswerValue::choice(option);
    }
    if (hasNumber)
        return AnswerValue::value(number);
    if (hasText)
        return AnswerValue::text();
    return AnswerValue::none();
}
