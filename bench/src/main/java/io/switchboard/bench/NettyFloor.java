package io.switchboard.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayDeque;

/**
 * The floor under any HTTP proxy on the gateway's stack: a bare Netty HTTP/1.1 relay on one event loop
 * (epoll where available, as the gateway). Each client connection gets its own keep-alive connection to
 * the mock, and every decoded request and response part is passed to the other side as it arrives and
 * flushed once per read. It has no routing, no header handling, no usage, no logs, no retries and no
 * backpressure (the mock and wrk on loopback keep up with it), so its
 * CPU per request is what Netty's HTTP codec and the sockets cost on both sides: what a gateway written
 * below Vert.x's HTTP layer could approach, never beat. {@code bench/run --floor} measures it beside
 * nginx; {@code java -cp bench/target/switchboard-bench.jar io.switchboard.bench.NettyFloor PORT MOCK_PORT}
 * runs it alone.
 */
public final class NettyFloor implements Floor {
  /** Its event loop's name prefix: 15 characters, as the kernel keeps a thread's name ({@link ProcStat#role}). */
  static final String LOOP_THREAD = "floor-eventloop";
  private final EventLoopGroup group;
  private final Channel server;

  private NettyFloor(EventLoopGroup group, Channel server) {
    this.group = group;
    this.server = server;
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: NettyFloor PORT MOCK_PORT");
      System.exit(2);
    }
    NettyFloor floor = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    System.out.println("netty-floor on 127.0.0.1:" + floor.port() + " (" + (Epoll.isAvailable() ? "epoll" : "nio")
        + ")");
    floor.server.closeFuture().sync();
  }

  /** Listens on 127.0.0.1:{@code port} (0: any free port) and relays to the mock on {@code mockPort}. */
  static NettyFloor start(int port, int mockPort) throws InterruptedException {
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(LOOP_THREAD), io);
    Class<? extends ServerChannel> serverType = epoll ? EpollServerSocketChannel.class
        : NioServerSocketChannel.class;
    Class<? extends Channel> clientType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    Bootstrap upstream = new Bootstrap().group(group).channel(clientType).option(ChannelOption.TCP_NODELAY, true)
        .remoteAddress("127.0.0.1", mockPort);
    Channel server = new ServerBootstrap().group(group).channel(serverType)
        .option(ChannelOption.SO_BACKLOG, 4096)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new HttpServerCodec(), new ClientSide(upstream));
          }
        })
        .bind("127.0.0.1", port).sync().channel();
    return new NettyFloor(group, server);
  }

  @Override
  public int port() {
    return ((java.net.InetSocketAddress) server.localAddress()).getPort();
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** A client connection: its messages go to its own upstream connection, opened when the client connects. */
  private static final class ClientSide extends ChannelInboundHandlerAdapter {
    private final Bootstrap upstream;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private Channel peer;
    private boolean connected;

    ClientSide(Bootstrap upstream) {
      this.upstream = upstream;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
      Channel client = ctx.channel();
      Bootstrap b = upstream.clone().handler(new ChannelInitializer<SocketChannel>() {
        @Override
        protected void initChannel(SocketChannel ch) {
          ch.pipeline().addLast(new HttpClientCodec(), new Relay(client));
        }
      });
      peer = b.connect().addListener((ChannelFutureListener) f -> {
        if (!f.isSuccess()) {
          dropPending();
          client.close();
          return;
        }
        connected = true;
        while (!pending.isEmpty()) {
          peer.write(pending.poll());
        }
        peer.flush();
      }).channel();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (connected) {
        peer.write(msg, peer.voidPromise());
      } else {
        pending.add(msg);
      }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      if (connected) {
        peer.flush();
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      dropPending();
      if (peer != null) {
        peer.close();
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }

    /** Releases what waited for the upstream connection that failed or is no longer needed. */
    private void dropPending() {
      pending.forEach(ReferenceCountUtil::release);
      pending.clear();
    }
  }

  /** The upstream side: every response part goes back to the client connection as it is decoded. */
  private static final class Relay extends ChannelInboundHandlerAdapter {
    private final Channel client;

    Relay(Channel client) {
      this.client = client;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      client.write(msg, client.voidPromise());
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      client.flush();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      client.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
