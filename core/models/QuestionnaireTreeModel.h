#pragma once

#include "questionnaire/Questionnaire.h"

#include <QAbstractItemModel>

// The sections and questions of a questionnaire as a tree (sections > sub-sections and
// questions), for the designer. Items are identified by their codes, which survive edits.
// Drag and drop of a question or section asks for a move (moveRequested); the designer turns it
// into an undoable edit and sets the new questionnaire.
class QuestionnaireTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 1, KindRole };
    enum Kind { SectionItem, QuestionItem };
    enum Column { TitleColumn, TypeColumn, ScoringColumn, ColumnCount };

    explicit QuestionnaireTreeModel(QObject* parent = nullptr);

    void setQuestionnaire(const Questionnaire& questionnaire);
    const Questionnaire& questionnaire() const { return m_questionnaire; }
    void setLanguage(const QString& language);
    void setEditable(bool editable) { m_editable = editable; }

    QModelIndex indexOf(const QString& code) const;
    QString codeAt(const QModelIndex& index) const { return data(index, CodeRole).toString(); }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

signals:
    // A question dropped into a section at a position among its questions, or a section moved
    // among its siblings.
    void questionMoveRequested(const QString& questionCode, const QString& toSectionCode, int toIndex);
    void sectionMoveRequested(const QString& sectionCode, int toIndex);

private:
    // One node per section and question; the tree is rebuilt whenever the questionnaire is set.
    struct Node
    {
        Kind kind;
        QString code;
        int parent; // index in m_nodes, -1 for top level
        int row;    // row under its parent
        const Section* section = nullptr;
        const Question* question = nullptr;
        std::vector<int> children;
    };
    void rebuild();
    QString text(const LocalizedText& texts) const;

    Questionnaire m_questionnaire;
    QString m_language;
    bool m_editable = true;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};
