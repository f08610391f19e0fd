/**
 * OpenAI chat and embeddings ↔ Amazon Bedrock: the Converse and ConverseStream APIs (with an incremental decoder
 * for AWS's binary event-stream framing) and InvokeModel for Titan and Cohere embeddings. docs/translation.md lists
 * what maps where. Requests still need SigV4 signing, which is not a translator's job.
 */
package io.switchboard.translate.bedrock;
