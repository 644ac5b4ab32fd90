package org.jurisgraph.launcher;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import java.nio.charset.StandardCharsets;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Refuses everything on the Bolt port that is not the Bolt protocol itself.
 *
 * <p>Neo4j's Bolt connector also accepts an HTTP request on the same port and upgrades it to a
 * WebSocket (for Neo4j Browser), without looking at {@code Origin}: any web page the user opens
 * could talk to the database through {@code new WebSocket("ws://127.0.0.1:7687")}. There is no
 * setting to turn that off, so a handler put first in every connection's pipeline looks at the
 * first byte: Bolt's handshake starts with its magic preamble {@code 0x6060B017}; anything else
 * (an HTTP request, a WebSocket upgrade, TLS, which is off here) gets {@code 403} and is closed
 * before Neo4j's own transport selection sees it.
 */
final class BoltOnly extends ChannelInboundHandlerAdapter {
  private static final int BOLT_MAGIC_FIRST_BYTE = 0x60;
  private static final String REFUSAL = "Only the Bolt protocol is served here.\n";
  private static final byte[] FORBIDDEN =
      ("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: "
              + REFUSAL.length()
              + "\r\nConnection: close\r\n\r\n"
              + REFUSAL)
          .getBytes(StandardCharsets.US_ASCII);

  private BoltOnly() {}

  /** Installs the check on every Bolt connector of the running DBMS. */
  static void install(GraphDatabaseService db) {
    BoltServer bolt = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(BoltServer.class);
    ConnectionListener pipelineGuard =
        new ConnectionListener() {
          @Override
          public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
            pipeline.addFirst("jurisgraphBoltOnly", new BoltOnly());
          }
        };
    ConnectorListener perConnection =
        new ConnectorListener() {
          @Override
          public void onConnectionCreated(Connection connection) {
            connection.registerListener(pipelineGuard);
          }
        };
    for (Connector<?> connector : bolt.getConnectors()) {
      connector.registerListener(perConnection);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof ByteBuf buffer && buffer.isReadable()) {
      if (buffer.getUnsignedByte(buffer.readerIndex()) != BOLT_MAGIC_FIRST_BYTE) {
        boolean http = Character.isLetter(buffer.getUnsignedByte(buffer.readerIndex()));
        buffer.release();
        if (http) {
          ctx.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
        } else {
          ctx.close();
        }
        return;
      }
      // Bolt: step aside for the rest of the connection.
      ctx.pipeline().remove(this);
    }
    ctx.fireChannelRead(message);
  }
}
