"""Persistence: SQLAlchemy models, migrations and the Store the core reads and writes through."""
from bot.store.records import AddedArticle, ArticleRecord, ConversationRecord, QuoteRecord, StoryRecord, SubscriptionRecord
from bot.store.repository import NewArticle, Store

__all__ = [
    "AddedArticle",
    "ArticleRecord",
    "ConversationRecord",
    "NewArticle",
    "QuoteRecord",
    "Store",
    "StoryRecord",
    "SubscriptionRecord",
]
