import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { Node } from "./node.interface.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any entity by id (Relay's node field); null when none has that id." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entity.load(id);
  }
}
