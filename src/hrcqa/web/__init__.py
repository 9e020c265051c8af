"""The Gradio app: chat, source boxes, document view, filters and the HTTP API."""
